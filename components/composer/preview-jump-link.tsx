import { Eye } from "lucide-react";

/** The id of the composer's preview column, the target of PreviewJumpLink. */
export const COMPOSER_PREVIEW_ID = "composer-preview";

/**
 * On screens where the preview sits below the form (under the xl breakpoint), a floating link
 * that brings it into view from anywhere in the form: the preview is one tap away on a phone.
 */
export function PreviewJumpLink() {
  return (
    <a
      href={`#${COMPOSER_PREVIEW_ID}`}
      className="fixed right-4 bottom-4 z-10 inline-flex min-h-11 items-center gap-2 rounded-full bg-brand-600 px-4 text-sm font-medium text-white shadow-lg hover:bg-brand-700 xl:hidden"
    >
      <Eye aria-hidden className="h-4 w-4" />
      Preview
    </a>
  );
}
