// React Query keys of the composer's live views (one factory, as every feature has).
export const composerKeys = {
  all: ["composer"] as const,
  progress: (composeId: string) => [...composerKeys.all, "progress", composeId] as const,
  /** `recheck` counts the operator's "Check again" clicks: each one asks anew. */
  customerWindow: (numbers: readonly string[], ticketCode: string | undefined, recheck = 0) =>
    [...composerKeys.all, "customer-window", ticketCode ?? "", recheck, ...numbers] as const,
  optOuts: (numbers: readonly string[]) => [...composerKeys.all, "opt-outs", ...numbers] as const,
  contactPick: (q: string, tag: string) => [...composerKeys.all, "contact-pick", q, tag] as const,
};
