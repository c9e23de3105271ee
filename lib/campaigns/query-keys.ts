// React Query keys of the campaigns feature, from one factory.
export const campaignKeys = {
  all: ["campaigns"] as const,
  progress: (id: string) => [...campaignKeys.all, "progress", id] as const,
};
