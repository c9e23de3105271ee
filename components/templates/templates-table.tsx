"use client";

import { DataTable, rowClass } from "@/components/ui/data-table";
import { useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { toast } from "@/components/ui/toast";
import {
  deleteTemplateAction,
  duplicateTemplateAction,
} from "@/app/(app)/composer/templates/actions";
import { callAction } from "@/browser/call-action";
import { ConfirmDialog } from "./confirm-dialog";
import { buttonClass } from "@/components/ui/styles";
import type { TemplateRow } from "./template-rows";

export function TemplatesTable({ templates, query }: { templates: TemplateRow[]; query: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [toDelete, setToDelete] = useState<TemplateRow | null>(null);

  function duplicate(row: TemplateRow) {
    startTransition(async () => {
      const result = await callAction(() => duplicateTemplateAction({ id: row.id }));
      if (!result.ok) return void toast.error(result.message);
      toast.success(`Copied ${row.name} as ${result.data.name}`, {
        description: "Rename it to the Damcorp template name before using it.",
      });
      router.push(`/composer/templates/${result.data.id}`);
    });
  }

  function remove(row: TemplateRow) {
    startTransition(async () => {
      const result = await callAction(() => deleteTemplateAction({ id: row.id }));
      if (!result.ok) return void toast.error(result.message);
      setToDelete(null);
      toast.success(`Deleted ${row.name}`);
      router.refresh();
    });
  }

  if (templates.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-sm text-slate-600">
        {query ? (
          <p>No template matches “{query}”.</p>
        ) : (
          <p>
            No saved templates yet.{" "}
            <Link href="/composer/templates/new" className="text-brand-700 underline">
              Add the first one
            </Link>
            .
          </p>
        )}
      </div>
    );
  }

  return (
    <>
      <DataTable
        caption="Saved templates"
        columns={[
          "Template",
          "Body",
          "Each send needs",
          "Updated",
          <span key="actions" className="sr-only">
            Actions
          </span>,
        ]}
        density="comfortable"
      >
        {templates.map((row) => (
          <tr key={row.id} className={rowClass}>
            <th scope="row" className="px-4 py-3 font-normal">
              <Link
                href={`/composer/templates/${row.id}`}
                className="font-mono font-medium text-brand-700 hover:underline"
              >
                {row.name}
              </Link>
              <span className="block text-xs text-slate-500">
                {row.language} · {row.category.toLowerCase()} · {row.shape}
              </span>
              {row.damaged ? (
                <span className="mt-1 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">
                  Needs repair
                </span>
              ) : null}
            </th>
            <td className="max-w-md px-4 py-3 whitespace-pre-line text-slate-700">
              {row.bodyExcerpt}
            </td>
            <td className="px-4 py-3 text-slate-600">{row.needs}</td>
            <td className="px-4 py-3 whitespace-nowrap text-slate-600">
              <time dateTime={row.updatedAt} title={row.updatedAtText}>
                {row.updatedAgo}
              </time>
            </td>
            <td className="px-4 py-3">
              <div className="flex justify-end gap-2">
                <Link
                  href={`/composer/templates/${row.id}`}
                  aria-label={`Edit ${row.name}`}
                  className={buttonClass.secondary}
                >
                  Edit
                </Link>
                <button
                  type="button"
                  aria-label={`Duplicate ${row.name}`}
                  disabled={pending}
                  onClick={() => duplicate(row)}
                  className={buttonClass.secondary}
                >
                  Duplicate
                </button>
                <button
                  type="button"
                  aria-label={`Delete ${row.name}`}
                  disabled={pending}
                  onClick={() => setToDelete(row)}
                  className={buttonClass.danger}
                >
                  Delete
                </button>
              </div>
            </td>
          </tr>
        ))}
      </DataTable>
      <ConfirmDialog
        open={toDelete !== null}
        title={`Delete ${toDelete?.name ?? "template"}?`}
        description="It disappears from this list and from the composer. Sends already made with it stay in History. The template at Damcorp is not affected."
        confirmLabel="Delete template"
        pending={pending}
        onConfirm={() => toDelete && remove(toDelete)}
        onClose={() => setToDelete(null)}
      />
    </>
  );
}
