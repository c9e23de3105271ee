// The look of Kabar's controls, in one place: every form, toolbar and table uses these classes.

/** Inputs, selects and text areas (an error turns the border red). */
export const controlClass =
  "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-normal aria-[invalid=true]:border-red-500";

/** A control that fills its labelled field. */
export const fieldControlClass = `${controlClass} w-full`;

/** The same, compact, for toolbars (the board's date and page-size controls). */
export const compactControlClass =
  "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-500";

const base =
  "inline-flex items-center justify-center rounded-md disabled:cursor-not-allowed disabled:opacity-60";

export const buttonClass = {
  primary: `${base} gap-2 bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700`,
  secondary: `${base} gap-1.5 border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100`,
  small: `${base} gap-1 border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100`,
  smallDanger: `${base} gap-1 border border-red-300 bg-white px-2 py-1 text-xs font-medium text-red-700 hover:bg-red-50`,
  danger: `${base} gap-1.5 border border-red-300 bg-white px-3 py-1.5 text-sm text-red-700 hover:bg-red-50`,
  dangerSolid: `${base} gap-2 bg-red-600 px-4 py-2 text-sm font-medium text-white hover:bg-red-700`,
  link: "text-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900",
} as const;
