import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canSend } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { ContactForm } from "@/components/contacts/contact-form";

export const metadata: Metadata = { title: "Add contact" };

export default async function NewContactPage() {
  await requirePageRole(canSend, "page:contacts.new");
  return (
    <>
      <PageHeader title="Add contact" description="One contact per WhatsApp number." />
      <ContactForm />
    </>
  );
}
