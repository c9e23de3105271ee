import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError, NotFoundError } from "@/lib/errors/expected-error";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { newId } from "@/lib/db/time-ordered-id";
import { foldName, type ContactFormValues } from "./schema";

function tagAndAttributeRows(values: Pick<ContactFormValues, "tags" | "attributes">) {
  return {
    tags: values.tags.map((tag) => ({ tag })),
    attributes: Object.entries(values.attributes).map(([key, value]) => ({ key, value })),
  };
}

/** A new contact; a number that is already a contact is refused on its field. */
export async function createContact(
  values: ContactFormValues,
  actor: Actor,
): Promise<{ id: string }> {
  const existing = await db.contact.findUnique({ where: { e164: values.number } });
  const taken = () => {
    const message = `This number is already a contact${existing?.name ? ` (${existing.name})` : ""}.`;
    return new ExpectedError("contact_exists", message, { fieldErrors: { number: [message] } });
  };
  if (existing) throw taken();
  const rows = tagAndAttributeRows(values);
  try {
    const contact = await db.contact.create({
      data: {
        id: newId(),
        e164: values.number,
        name: values.name,
        searchName: values.name ? foldName(values.name) : null,
        source: "manual",
        tags: { create: rows.tags },
        attributes: { create: rows.attributes },
      },
      select: { id: true },
    });
    await audit("contact.created", actor, values.number);
    return contact;
  } catch (error) {
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
}

/** Replaces a contact's name, tags and attributes with the form's. */
export async function updateContact(
  id: string,
  values: Omit<ContactFormValues, "number">,
  actor: Actor,
): Promise<void> {
  const rows = tagAndAttributeRows(values);
  const e164 = await db.$transaction(async (tx) => {
    const { count } = await tx.contact.updateMany({
      where: { id },
      data: { name: values.name, searchName: values.name ? foldName(values.name) : null },
    });
    if (count === 0) throw new NotFoundError("This contact");
    await tx.contactTag.deleteMany({ where: { contactId: id } });
    await tx.contactAttribute.deleteMany({ where: { contactId: id } });
    if (rows.tags.length > 0)
      await tx.contactTag.createMany({ data: rows.tags.map((t) => ({ contactId: id, ...t })) });
    if (rows.attributes.length > 0)
      await tx.contactAttribute.createMany({
        data: rows.attributes.map((a) => ({ contactId: id, ...a })),
      });
    return (await tx.contact.findUniqueOrThrow({ where: { id }, select: { e164: true } })).e164;
  });
  await audit("contact.updated", actor, e164, {
    tags: values.tags,
    attributes: Object.keys(values.attributes),
  });
}

/**
 * Deletes a contact with its attributes and tags. An opt-out stays: the number is still never
 * messaged (the OptOut row is keyed by number, not by contact).
 */
export async function deleteContact(id: string, actor: Actor): Promise<{ e164: string }> {
  const contact = await db.contact.findUnique({ where: { id }, select: { e164: true } });
  if (!contact) throw new NotFoundError("This contact");
  await db.contact.delete({ where: { id } });
  await audit("contact.deleted", actor, contact.e164);
  return contact;
}

/** Adds a tag to, or removes it from, every contact listed. */
export async function tagContacts(
  ids: readonly string[],
  tag: string,
  operation: "add" | "remove",
  actor: Actor,
): Promise<{ changed: number }> {
  const changed =
    operation === "remove"
      ? (await db.contactTag.deleteMany({ where: { tag, contactId: { in: [...ids] } } })).count
      : await addTag(ids, tag);
  await recordAuditEvent({
    action: "contacts.tagged",
    actor: actor.user,
    target: `${ids.length} contacts`,
    ip: actor.ip,
    detail: { tag, operation, changed },
  });
  return { changed };
}

function audit(
  action: "contact.created" | "contact.updated" | "contact.deleted",
  actor: Actor,
  e164: string,
  detail?: Record<string, unknown>,
) {
  return recordAuditEvent({
    action,
    actor: actor.user,
    target: `number ${e164}`,
    ip: actor.ip,
    detail,
  });
}

async function addTag(ids: readonly string[], tag: string): Promise<number> {
  return db.$transaction(async (tx) => {
    const existing = await tx.contact.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true },
    });
    const tagged = new Set(
      (
        await tx.contactTag.findMany({
          where: { tag, contactId: { in: existing.map((c) => c.id) } },
          select: { contactId: true },
        })
      ).map((t) => t.contactId),
    );
    const missing = existing.filter((c) => !tagged.has(c.id));
    if (missing.length > 0)
      await tx.contactTag.createMany({ data: missing.map((c) => ({ contactId: c.id, tag })) });
    await tx.contact.updateMany({
      where: { id: { in: missing.map((c) => c.id) } },
      data: { updatedAt: new Date() },
    });
    return missing.length;
  });
}
