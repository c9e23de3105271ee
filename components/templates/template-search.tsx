"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { usePathname, useRouter } from "next/navigation";
import { TextField } from "@/components/ui/form-fields";

/**
 * Search box for the templates list: updates ?q= as you type (debounced), so the result is a
 * shareable URL; without JavaScript it is a plain GET form.
 */
export function TemplateSearch({ initialQuery }: { initialQuery: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const [query, setQuery] = useState(initialQuery);
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  function go(value: string) {
    const q = value.trim();
    startTransition(() => router.replace(q ? `${pathname}?q=${encodeURIComponent(q)}` : pathname));
  }

  return (
    <form
      role="search"
      action={pathname}
      onSubmit={(event) => {
        event.preventDefault();
        clearTimeout(timer.current);
        go(query);
      }}
      className="flex max-w-md items-center gap-2"
    >
      <TextField
        label="Search templates"
        hideLabel
        className="flex flex-1 flex-col"
        type="search"
        name="q"
        value={query}
        placeholder="Search by name or text…"
        onChange={(event) => {
          const value = event.target.value;
          setQuery(value);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => go(value), 250);
        }}
      />
      <span aria-live="polite" className="w-20 text-xs text-slate-500">
        {pending ? "Searching…" : ""}
      </span>
    </form>
  );
}
