"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { deleteContactAction } from "@/app/(app)/contacts/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function DeleteContactButton({ id, optedOut }: { id: string; optedOut: boolean }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Delete contact"
      title="Delete this contact?"
      description={
        optedOut
          ? "Its name, attributes and tags are deleted. The opt-out stays: Kabar still never sends to this number."
          : "Its name, attributes and tags are deleted. Sends in History stay."
      }
      confirmLabel="Delete contact"
      onConfirm={async () => {
        const result = await deleteContactAction({ id });
        if (!result.ok) return result.message;
        toast.success("Contact deleted.");
        router.push("/contacts");
        return null;
      }}
    />
  );
}
