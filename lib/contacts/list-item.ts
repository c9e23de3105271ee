// What the contacts list and page show, as JSON crosses to the browser. Safe for client and server.
export type OptOutState = {
  state: "opted_out" | "opted_in";
  optedOutAt: string;
  source: string;
  reason: string | null;
  ticketCode: string | null;
  optedInAt: string | null;
  optInReason: string | null;
};

export type ContactListItem = {
  id: string;
  e164: string;
  name: string | null;
  tags: string[];
  attributeCount: number;
  createdAt: string;
  updatedAt: string;
  optedOut: boolean;
};

export type ContactListPage = { rows: ContactListItem[]; nextCursor: string | null };

export const optOutSourceLabels: Record<string, string> = {
  contact_page: "Set on the contact page",
  csv: "From a list of numbers",
  ticket: "The customer wrote a stop word in a helpdesk ticket",
};

export const contactSourceLabels: Record<string, string> = {
  manual: "Added by hand",
  import: "Imported from a file",
  helpdesk: "A helpdesk customer",
  opt_out: "Added when the number opted out",
  campaign: "From a campaign audience",
};
