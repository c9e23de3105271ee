// Damcorp's own words for a recipient (its per-recipient `error_msg`), shown as they came beside
// Kabar's plain-words reason, so an operator can quote them to Damcorp's support.
export function DamcorpSaid({ message, className }: { message: string; className?: string }) {
  return (
    <span className={className}>
      Damcorp said: <span className="font-mono text-xs">“{message}”</span>
    </span>
  );
}
