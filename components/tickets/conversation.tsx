import { useLocale } from "next-intl";
import clsx from "clsx";
import { FormattedText } from "@/components/whatsapp-preview/formatted-text";
import { formatDateTime, formatDateTimeLong } from "@/lib/time/format";
import type { ConversationMessage, MessageAuthor } from "@/lib/tickets/types";

const authorLabel: Record<MessageAuthor, string> = {
  customer: "Customer",
  operator: "Operator",
  bot: "Helpdesk bot",
};

const bubble: Record<MessageAuthor, string> = {
  customer: "self-start rounded-tl-none border border-slate-200 bg-white",
  operator: "self-end rounded-tr-none bg-brand-100 text-slate-900",
  bot: "self-end rounded-tr-none border border-dashed border-slate-300 bg-slate-100 text-slate-700",
};

/** The ticket's messages as a chat: the customer on the left, the operator and the bot on the right. */
export function Conversation({
  messages,
  customerName,
  operatorName,
  timeZone,
}: {
  messages: ConversationMessage[];
  customerName: string | null;
  operatorName: string | null;
  timeZone: string;
}) {
  const locale = useLocale();
  if (messages.length === 0) {
    return <p className="text-sm text-slate-500">The helpdesk has no messages for this ticket.</p>;
  }
  const who = (author: MessageAuthor) =>
    author === "customer"
      ? (customerName ?? authorLabel.customer)
      : author === "operator"
        ? (operatorName ?? authorLabel.operator)
        : authorLabel.bot;

  return (
    <ol aria-label="Conversation" className="flex flex-col gap-3">
      {messages.map((message, index) => (
        <li
          key={index}
          data-author={message.author}
          aria-label={`${authorLabel[message.author]} message`}
          className={clsx(
            "flex max-w-[85%] flex-col gap-1 rounded-lg px-3 py-2 text-sm shadow-sm",
            bubble[message.author],
          )}
        >
          <p className="flex flex-wrap items-baseline gap-x-2 text-xs text-slate-600">
            <span className="font-medium text-slate-700">{who(message.author)}</span>
            {message.author === "operator" ? <span>{authorLabel.operator}</span> : null}
            {message.at ? (
              <time dateTime={message.at} title={formatDateTimeLong(message.at, timeZone, locale)}>
                {formatDateTime(message.at, timeZone, locale)}
              </time>
            ) : (
              <span>time unknown</span>
            )}
          </p>
          {message.messageType && message.messageType !== "text" ? (
            <p className="text-xs italic text-slate-500">[{message.messageType}]</p>
          ) : null}
          {message.body ? <FormattedText text={message.body} /> : null}
          {message.caption ? <p className="text-slate-600">{message.caption}</p> : null}
        </li>
      ))}
    </ol>
  );
}
