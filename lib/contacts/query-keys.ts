// React Query keys of contacts: one factory.
export const contactKeys = {
  all: ["contacts"] as const,
  imports: () => [...contactKeys.all, "import"] as const,
  importProgress: (id: string) => [...contactKeys.imports(), id] as const,
};
