import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canRead, canSend, roleAllows } from "@/lib/auth/roles";
import { getContact, listContactSends, listContactTickets } from "@/lib/contacts/get-contact";
import { contactSourceLabels } from "@/lib/contacts/list-item";
import { contactIdSchema } from "@/lib/contacts/schema";
import { settle } from "@/lib/errors/result";
import { normalizePhone } from "@/lib/phone/normalize";
import { formatDateTime } from "@/lib/time/format";
import { PageHeader } from "@/components/ui/page-header";
import { ContactSends, ContactTicketList } from "@/components/contacts/contact-activity";
import { ContactForm } from "@/components/contacts/contact-form";
import { DeleteContactButton } from "@/components/contacts/delete-contact-button";
import { OptOutBadge } from "@/components/contacts/opt-out-badge";
import { OptOutPanel } from "@/components/contacts/opt-out-panel";

export const metadata: Metadata = { title: "Contact" };

export default async function ContactPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRole(canRead, "page:contact");
  const id = contactIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const found = await settle(getContact(id.data));
  if (!found.ok) notFound();
  const contact = found.value;
  const canEdit = roleAllows(user.role, canSend);
  const [sends, tickets] = await Promise.all([
    listContactSends(contact.digits),
    listContactTickets(contact.e164),
  ]);
  const phone = normalizePhone(contact.e164);
  const optedOut = contact.optOut?.state === "opted_out";
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/contacts" className="text-brand-700 underline">
          ← All contacts
        </Link>
      </p>
      <PageHeader
        title={contact.name ?? contact.e164}
        description={`${contact.e164}${phone.ok ? ` · ${phone.national}` : ""} · ${contactSourceLabels[contact.source] ?? contact.source} · added ${formatDateTime(contact.createdAt, user.timeZone)}, updated ${formatDateTime(contact.updatedAt, user.timeZone)}`}
      >
        {optedOut ? <OptOutBadge /> : null}
      </PageHeader>
      <div className="grid gap-4 lg:grid-cols-2">
        <OptOutPanel
          contactId={contact.id}
          optOut={contact.optOut}
          timeZone={user.timeZone}
          canEdit={canEdit}
        />
        <section
          aria-labelledby="details-heading"
          className="rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id="details-heading" className="mb-3 text-lg font-semibold">
            Details
          </h2>
          {canEdit ? (
            <ContactForm contact={contact} />
          ) : (
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="font-medium">Tags</dt>
              <dd>{contact.tags.length > 0 ? contact.tags.join(", ") : "None"}</dd>
              {contact.attributes.map((a) => (
                <div key={a.key} className="contents">
                  <dt className="font-medium">{a.key}</dt>
                  <dd>{a.value}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
        <ContactSends sends={sends} digits={contact.digits} timeZone={user.timeZone} />
        <ContactTicketList tickets={tickets} timeZone={user.timeZone} />
      </div>
      {canEdit ? (
        <div className="mt-6">
          <DeleteContactButton id={contact.id} optedOut={optedOut} />
        </div>
      ) : null}
    </>
  );
}
