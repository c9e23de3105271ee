import type { MediaKind } from "@/lib/media/rules";

// One simple line icon per media kind (decorative: the text next to it says the kind).
const paths: Record<MediaKind, string> = {
  image: "M4 5h16v14H4z M4 16l4.5-5 3.5 4 2.5-3 5.5 6 M15.5 9.5a1.5 1.5 0 1 0 0-.01",
  video: "M3 6h13v12H3z M16 10l5-3v10l-5-3",
  audio: "M9 18V6l11-2v12 M9 18a3 3 0 1 1-6 0 3 3 0 0 1 6 0z M20 16a3 3 0 1 1-6 0 3 3 0 0 1 6 0z",
  document: "M6 3h8l4 4v14H6z M14 3v4h4 M9 12h6 M9 16h6",
  sticker: "M4 4h11l5 5v11H4z M15 4v5h5 M8.5 14.5c1.8 2 5.2 2 7 0 M9 10h.01 M15 10h.01",
};

export function KindIcon({ kind, className = "h-6 w-6" }: { kind: MediaKind; className?: string }) {
  return (
    <svg
      aria-hidden
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className}
    >
      <path d={paths[kind]} />
    </svg>
  );
}
