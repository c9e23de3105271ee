/** A secret shown only as "••••" and its last four characters. */
export function MaskedSecret({ last4 }: { last4: string }) {
  return (
    <span className="font-mono">
      <span aria-hidden="true">••••</span>
      <span className="sr-only">ending in </span>
      {last4}
    </span>
  );
}
