/** Says a number must not be messaged, in words (not colour alone). */
export function OptOutBadge() {
  return (
    <span className="inline-flex rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-800">
      Opted out
    </span>
  );
}
