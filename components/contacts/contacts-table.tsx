"use client";

import { useLocale } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { tagContactsAction } from "@/app/(app)/contacts/actions";
import { FormAlert, TextField } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import type { ContactListItem } from "@/lib/contacts/list-item";
import { formatDateTime } from "@/lib/time/format";
import { OptOutBadge } from "./opt-out-badge";
import { displayNumber } from "@/lib/phone/display-number";

/** The contacts of one page; agents select rows and add or remove a tag on all of them. */
export function ContactsTable({
  rows,
  timeZone,
  canEdit,
}: {
  rows: ContactListItem[];
  timeZone: string;
  canEdit: boolean;
}) {
  const locale = useLocale();
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [tag, setTag] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));

  function toggle(id: string) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  function apply(operation: "add" | "remove") {
    setError(null);
    startTransition(async () => {
      const result = await tagContactsAction({ ids: [...selected], tag, operation });
      if (!result.ok) {
        setError(result.fieldErrors?.tag?.[0] ?? result.fieldErrors?.ids?.[0] ?? result.message);
        return;
      }
      toast.success(
        operation === "add"
          ? `Tag added to ${result.data.changed} contacts.`
          : `Tag removed from ${result.data.changed} contacts.`,
      );
      setSelected(new Set());
      router.refresh();
    });
  }

  return (
    <div className="flex flex-col gap-3">
      {canEdit ? (
        <section
          aria-label="Tag the selected contacts"
          className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
        >
          <p className="text-sm text-slate-700" aria-live="polite">
            {selected.size === 1 ? "1 contact selected." : `${selected.size} contacts selected.`}
          </p>
          <TextField
            label="Tag for the selected contacts"
            name="bulkTag"
            value={tag}
            onChange={(e) => setTag(e.target.value)}
            className="flex flex-col gap-1"
          />
          <button
            type="button"
            className={buttonClass.secondary}
            disabled={pending || selected.size === 0}
            onClick={() => apply("add")}
          >
            Add tag
          </button>
          <button
            type="button"
            className={buttonClass.secondary}
            disabled={pending || selected.size === 0}
            onClick={() => apply("remove")}
          >
            Remove tag
          </button>
          <FormAlert message={error} />
        </section>
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Contacts, newest first</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
            <tr>
              {canEdit ? (
                <th scope="col" className="w-10 px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label="Select every contact on this page"
                    checked={allSelected}
                    onChange={() =>
                      setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)))
                    }
                    className="h-4 w-4 accent-brand-600"
                  />
                </th>
              ) : null}
              <th scope="col" className="px-3 py-2 font-medium">
                Name
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Phone number
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Tags
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Opt-out
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Updated
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-100 last:border-0">
                {canEdit ? (
                  <td className="px-3 py-2">
                    <input
                      type="checkbox"
                      aria-label={`Select ${row.name ?? row.e164}`}
                      checked={selected.has(row.id)}
                      onChange={() => toggle(row.id)}
                      className="h-4 w-4 accent-brand-600"
                    />
                  </td>
                ) : null}
                <th scope="row" className="px-3 py-2 font-normal">
                  <Link href={`/contacts/${row.id}`} className="text-brand-700 underline">
                    {row.name ?? "No name"}
                  </Link>
                </th>
                <td className="whitespace-nowrap px-3 py-2 font-mono">{displayNumber(row.e164)}</td>
                <td className="px-3 py-2">
                  <ul aria-label="Tags" className="flex flex-wrap gap-1">
                    {row.tags.map((t) => (
                      <li
                        key={t}
                        className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800"
                      >
                        {t}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="px-3 py-2">{row.optedOut ? <OptOutBadge /> : null}</td>
                <td className="whitespace-nowrap px-3 py-2 text-slate-600">
                  {formatDateTime(row.updatedAt, timeZone, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
