import { buttonClass } from "@/components/ui/styles";

/** Up / Down / Remove for one item of an ordered list in the template form (buttons, cards). */
export function ItemControls({
  what,
  n,
  index,
  count,
  move,
  remove,
  removeText = "Remove",
}: {
  /** Names the item in the accessible names: "Move button 2 up". */
  what: "button" | "card";
  /** 1-based position shown to people. */
  n: number;
  index: number;
  count: number;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
  removeText?: string;
}) {
  return (
    <>
      <button
        type="button"
        className={buttonClass.small}
        aria-label={`Move ${what} ${n} up`}
        disabled={index === 0}
        onClick={() => move(index, index - 1)}
      >
        ↑ Up
      </button>
      <button
        type="button"
        className={buttonClass.small}
        aria-label={`Move ${what} ${n} down`}
        disabled={index === count - 1}
        onClick={() => move(index, index + 1)}
      >
        ↓ Down
      </button>
      <button
        type="button"
        className={`${buttonClass.small} ml-auto text-red-700`}
        aria-label={`Remove ${what} ${n}`}
        onClick={() => remove(index)}
      >
        {removeText}
      </button>
    </>
  );
}
