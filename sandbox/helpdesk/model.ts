// Internal ticket model. Dates stay Dates here; the wire format (strings everywhere, zone-less
// timestamps, "close" status) is produced only in helpdesk/format.ts.

export type TicketStatus = "open" | "processing" | "close";

/** The message types seen in the spec (plus OPERATOR_ANSWER for an agent's reply). */
export type MessageKind = "USER_ANSWER" | "QUESTION_PROBLEM" | "ANSWER_TICKET" | "OPERATOR_ANSWER";

export interface TicketMessage {
  at: Date;
  body: string;
  messageType: "text" | "image";
  kind: MessageKind;
  caption: string | null;
}

export interface Operator {
  name: string;
  number: string;
  email: string;
  group: string;
}

export interface Ticket {
  code: string;
  createdAt: Date;
  closedAt: Date | null;
  problem: string;
  tag: string;
  group: string | null;
  customerName: string;
  customerNumber: string;
  operator: Operator | null;
  status: TicketStatus;
  messages: TicketMessage[];
}

/** Helpdesk groups known to the sandbox (the spec's example uses group "1"). */
export const GROUPS: Record<string, string> = {
  "1": "Layanan Umum",
  "2": "Pembayaran",
  "3": "Pengiriman",
};

export const OPERATORS: readonly Operator[] = [
  { name: "Sari Wulandari", number: "081311110001", email: "sari@kabar-sandbox.test", group: "1" },
  { name: "Dimas Pratama", number: "081311110002", email: "dimas@kabar-sandbox.test", group: "1" },
  { name: "Rina Oktaviani", number: "081311110003", email: "rina@kabar-sandbox.test", group: "2" },
  { name: "Agus Setiawan", number: "081311110004", email: "agus@kabar-sandbox.test", group: "3" },
  {
    name: "Fitri Handayani",
    number: "081311110005",
    email: "fitri@kabar-sandbox.test",
    group: "3",
  },
];

export const COMPANY = { name: "Kabar Sandbox Corp.", number: "08123456789" };

export function firstName(fullName: string): string {
  return fullName.split(" ")[0] ?? fullName;
}

export function answerTicketText(customerName: string, code: string): string {
  return `Ok ${firstName(customerName)}, mohon tunggu jawaban dari customer service kami. Nomor tiket Anda: *#${code}* 🤝`;
}

export function questionProblemText(customerName: string): string {
  return `Hai, ${firstName(customerName)}. Ada yang bisa kami bantu? Silakan tuliskan kendala Anda.`;
}
