"use client";

// The composer: sender, recipients and one message of any kind on the left; the live WhatsApp
// preview and the exact request on the right. One zod schema drives the form, the preview, the
// request view and the server. Each compose carries a send key (a UUID made when the composer
// opens): submitting it twice — double click, reload, a second tab — sends once.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { FormProvider, useForm, useWatch, type FieldPath } from "react-hook-form";
import { emptyDraft, isSessionKind, messageKindLabels, messageKinds } from "@/lib/composer/kinds";
import { newComposeKey } from "@/lib/composer/new-key";
import type { MessageKind } from "@/lib/composer/draft-schema";
import { readRecipients } from "@/lib/composer/recipients";
import type { ComposeState } from "@/lib/sends/compose-state";
import { composeResolver } from "./compose-resolver";
import { clearStoredCompose, readStoredCompose, writeStoredCompose } from "./draft-storage";
import type { ComposerTemplate } from "./fields/template-fields";
import { buttonClass, fieldControlClass } from "@/components/ui/styles";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ComposeFormOutput, ComposeFormValues, MessageValues } from "./form-types";
import { MessageFields } from "./message-fields";
import { OutcomeList } from "./outcome-list";
import { PreviewPane } from "./preview-pane";
import { RecipientsField } from "./recipients-field";
import {
  SendPanel,
  unknownNumbers,
  unreachedNumbers,
  type ComposerPhase,
  type ResendScope,
} from "./send-panel";
import { SenderField, type ComposerSender } from "./sender-field";
import { refusedFormFields } from "@/lib/composer/refused-fields";
import { useComposeSubmission } from "./use-compose-submission";
import { WindowNotice } from "./window-notice";
import { COMPOSER_PREVIEW_ID, PreviewJumpLink } from "./preview-jump-link";

export type ComposerProps = {
  senders: ComposerSender[];
  templates: ComposerTemplate[];
  /** A fresh send key from the server, used unless the tab restores its compose in progress. */
  initialKey: string;
  /** From /composer?to=…&ticket=… (the helpdesk board links here). */
  prefillTo?: string;
  ticketCode?: string;
  /** The operator's zone, for "waiting until 14:05:09". */
  timeZone?: string;
  /** Tags of contacts, for "Add from contacts". */
  contactTags: string[];
  /** Admins may send to opted-out numbers with a reason (audited). */
  canOverrideOptOuts: boolean;
};

export function KindField({ onChange }: { onChange: (kind: MessageKind) => void }) {
  const id = useId();
  const kind = useWatch<ComposeFormValues, "message.kind">({ name: "message.kind" });
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Message type
      </label>
      <select
        id={id}
        value={kind}
        onChange={(e) => onChange(e.target.value as MessageKind)}
        className={fieldControlClass}
      >
        {messageKinds.map((k) => (
          <option key={k} value={k}>
            {messageKindLabels[k]}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Composer({
  senders,
  templates,
  initialKey,
  prefillTo,
  ticketCode,
  timeZone,
  contactTags,
  canOverrideOptOuts,
}: ComposerProps) {
  const defaultSenderId = (senders.find((s) => s.isDefault) ?? senders[0])?.id ?? "";
  const blank = useCallback(
    (key: string, keep?: Partial<ComposeFormValues>): ComposeFormValues => ({
      idempotencyKey: key,
      senderId: defaultSenderId,
      recipients: "",
      ticketCode: "",
      message: emptyDraft("text"),
      ...keep,
    }),
    [defaultSenderId],
  );
  const templateOf = useCallback((id: string) => templates.find((t) => t.id === id), [templates]);
  const resolver = useMemo(() => composeResolver(templateOf), [templateOf]);
  const form = useForm<ComposeFormValues, unknown, ComposeFormOutput>({
    mode: "onChange",
    resolver,
    defaultValues: blank(initialKey, { recipients: prefillTo ?? "", ticketCode: ticketCode ?? "" }),
  });
  const { submission, submit, restore, clear, cancel } = useComposeSubmission();
  /** The outcome of the send before the current edit, kept in view while the next is written. */
  const [lastState, setLastState] = useState<ComposeState | null>(null);
  const submissionRef = useRef(submission);
  const [showErrorSummary, setShowErrorSummary] = useState(false);
  const hydrated = useHydrated();
  /** Each kind's last draft, so switching kind and back loses nothing typed. */
  const draftsByKind = useRef<Partial<Record<MessageKind, MessageValues>>>({});

  const phase: ComposerPhase =
    submission === null || submission.error
      ? "editing"
      : submission.state?.done
        ? "done"
        : "sending";
  // The form's change subscription reads these when the operator edits.
  const phaseRef = useRef(phase);
  useEffect(() => {
    phaseRef.current = phase;
    submissionRef.current = submission;
  });

  // A compose in progress in this tab comes back after a reload (unless the URL asks for a new
  // message to someone); a submission it made is followed again, never re-sent.
  useEffect(() => {
    if (prefillTo) return;
    const stored = readStoredCompose();
    if (!stored) return;
    const senderKnown = senders.some((s) => s.id === stored.values.senderId);
    form.reset({
      ...stored.values,
      senderId: senderKnown ? stored.values.senderId : defaultSenderId,
    });
    if (stored.submittedKey && stored.submittedKey === stored.values.idempotencyKey) {
      restore(stored.submittedKey);
    }
    // Runs once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Keep the compose in this tab's storage; after a finished send, the first edit starts a new
  // compose with a new key (the old one stays with the message that went out).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ name }) => {
        if (name && name !== "idempotencyKey" && phaseRef.current === "done") {
          setLastState(submissionRef.current?.state ?? null);
          form.setValue("idempotencyKey", newComposeKey());
          clear();
        }
        clearTimeout(timer);
        timer = setTimeout(() => {
          writeStoredCompose({
            values: form.getValues(),
            submittedKey:
              phaseRef.current === "editing" ? undefined : form.getValues("idempotencyKey"),
          });
        }, 300);
      },
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [form, clear]);

  useEffect(() => {
    if (phase === "editing") return;
    writeStoredCompose({ values: form.getValues(), submittedKey: submission?.composeId });
  }, [phase, form, submission?.composeId]);

  // Server-side field errors go next to their fields.
  useEffect(() => {
    const errors = submission?.error?.fieldErrors;
    if (!errors) return;
    for (const [path, messages] of Object.entries(errors)) {
      if (messages?.[0]) {
        form.setError(path as FieldPath<ComposeFormValues>, {
          type: "server",
          message: messages[0],
        });
      }
    }
  }, [submission?.error, form]);

  // A 721 that names the refused fields marks them on the form, where the form has them.
  const refusedState = submission?.state?.done ? submission.state : null;
  useEffect(() => {
    const paths = refusedState?.sends.flatMap((s) => s.refusedFields) ?? [];
    if (paths.length === 0) return;
    const fields = refusedFormFields(form.getValues("message.kind"), paths);
    for (const [path, message] of Object.entries(fields)) {
      form.setError(path as FieldPath<ComposeFormValues>, { type: "server", message });
    }
  }, [refusedState, form]);

  const switchKind = useCallback(
    (kind: MessageKind) => {
      const current = form.getValues("message");
      draftsByKind.current[current.kind] = current;
      form.clearErrors("message");
      form.setValue("message", draftsByKind.current[kind] ?? emptyDraft(kind), {
        shouldDirty: true,
      });
    },
    [form],
  );

  const onValid = useCallback(
    async (values: ComposeFormOutput) => {
      setShowErrorSummary(false);
      await submit(values);
    },
    [submit],
  );
  const onSubmit = form.handleSubmit(onValid, () => setShowErrorSummary(true));

  function newMessage() {
    clear();
    setLastState(null);
    clearStoredCompose();
    draftsByKind.current = {};
    form.reset(blank(newComposeKey(), { senderId: form.getValues("senderId") }));
  }

  function sendAgain(scope: ResendScope) {
    const state = submission?.state ?? null;
    const numbers =
      scope === "unreached"
        ? unreachedNumbers(state)
        : scope === "unreached_and_unknown"
          ? [...unreachedNumbers(state), ...unknownNumbers(state)]
          : [];
    clear();
    setLastState(null);
    form.setValue("idempotencyKey", newComposeKey());
    if (numbers.length > 0) form.setValue("recipients", numbers.join("\n"));
    void onSubmit();
  }

  function startOverAfterConflict() {
    clear();
    form.setValue("idempotencyKey", newComposeKey());
    void onSubmit();
  }

  const kind = useWatch({ control: form.control, name: "message.kind" });
  const recipientsText = useWatch({ control: form.control, name: "recipients" });
  const numbers = useMemo(() => readRecipients(recipientsText ?? "").numbers, [recipientsText]);
  const senderId = useWatch({ control: form.control, name: "senderId" });
  const senderName = senders.find((s) => s.id === senderId)?.label;
  const error = submission?.error;
  const t = useTranslations("composer.form");

  return (
    <FormProvider {...form}>
      <div className="grid gap-6 pb-16 xl:grid-cols-[minmax(0,1fr)_minmax(0,26rem)] xl:pb-0">
        <form
          onSubmit={onSubmit}
          noValidate
          aria-label={t("composeMessage")}
          data-hydrated={hydrated}
          className="flex min-w-0 flex-col gap-5"
        >
          <input type="hidden" {...form.register("idempotencyKey")} />
          <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2">
            <SenderField senders={senders} />
            <KindField onChange={switchKind} />
            <div className="md:col-span-2">
              <RecipientsField contactTags={contactTags} canOverrideOptOuts={canOverrideOptOuts} />
            </div>
            {ticketCode ? (
              <p className="text-sm text-slate-600 md:col-span-2">
                {t.rich("replyingToTicket", {
                  code: ticketCode,
                  strong: (chunks) => <strong>{chunks}</strong>,
                })}
              </p>
            ) : null}
          </div>

          {isSessionKind(kind) ? (
            <WindowNotice
              numbers={numbers}
              ticketCode={ticketCode || undefined}
              onSwitchToTemplate={() => switchKind("template")}
            />
          ) : null}

          <MessageFields kind={kind} templates={templates} />

          {showErrorSummary && Object.keys(form.formState.errors).length > 0 ? (
            <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
              {t("fixFields")}
            </p>
          ) : null}
          {error ? (
            <div
              role="alert"
              className="flex flex-col gap-2 rounded-md bg-red-50 p-3 text-sm text-red-800"
            >
              <p>{error.message}</p>
              {error.code === "idempotency_conflict" ? (
                <div>
                  <button
                    type="button"
                    onClick={startOverAfterConflict}
                    className={buttonClass.secondary}
                  >
                    {t("sendAsNew")}
                  </button>
                </div>
              ) : null}
            </div>
          ) : null}

          <SendPanel
            phase={phase}
            state={submission?.state ?? null}
            startedAt={submission?.startedAt ?? null}
            recipientCount={numbers.length}
            canSend={senders.length > 0}
            timeZone={timeZone}
            onNewMessage={newMessage}
            onSendAgain={sendAgain}
            onCancel={() => void cancel()}
          />
          {submission?.state && submission.state.sends.length > 0 ? (
            <OutcomeList state={submission.state} timeZone={timeZone} />
          ) : lastState ? (
            <OutcomeList state={lastState} title={t("lastSend")} timeZone={timeZone} />
          ) : null}
        </form>

        <aside
          id={COMPOSER_PREVIEW_ID}
          aria-label={t("previewAndRequest")}
          className="flex min-w-0 scroll-mt-16 flex-col gap-4 xl:sticky xl:top-6 xl:self-start"
        >
          <PreviewPane templates={templates} senderName={senderName} />
        </aside>
      </div>
      <PreviewJumpLink />
    </FormProvider>
  );
}
