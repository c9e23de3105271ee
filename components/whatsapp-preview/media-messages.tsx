"use client";

import { memo, useRef, useState } from "react";
import type { MediaRef } from "@/lib/composer/draft-schema";
import type { PreviewDraft, PreviewMessage } from "./preview-message";
import { Bubble, MessageTime } from "./bubble";
import { describeMedia } from "./describe-media";
import { FormattedText } from "./formatted-text";
import { MicIcon, PauseIcon, PersonIcon, PlayIcon } from "./icons";
import { DocumentTile, LocationTile, PlaceholderTile, VisualMedia } from "./media-tiles";

type Draft<K extends PreviewMessage["kind"]> = PreviewDraft<K>;

/** An image or video with its caption; without a caption the time sits on the picture. */
export const VisualMessage = memo(function VisualMessage({
  message,
}: {
  message: Draft<"image"> | Draft<"video">;
}) {
  return (
    <Bubble padded={!!message.caption} timeOnMedia={!message.caption}>
      <div className={message.caption ? "-mx-1 -mt-0.5 mb-1" : ""}>
        <VisualMedia kind={message.kind} media={message.media} className="h-56" />
      </div>
      {message.caption ? <FormattedText text={message.caption} /> : null}
    </Bubble>
  );
});

// A fixed waveform: the preview does not decode the audio, it shows what a voice note looks like.
const BARS = [4, 7, 10, 6, 12, 9, 5, 11, 14, 8, 6, 10, 13, 7, 4, 9, 12, 6, 8, 5, 10, 7, 4, 6];

/** A voice-note-like player; plays the file when the browser can load it. */
export const AudioMessage = memo(function AudioMessage({ media }: { media: MediaRef | undefined }) {
  const view = describeMedia(media, "Audio");
  const audio = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  return (
    <Bubble label={`Audio: ${view.src ? view.name : (view.placeholder ?? view.name)}`}>
      <div className="flex items-center gap-2 py-1">
        <span className="relative flex h-11 w-11 shrink-0 items-center justify-center rounded-full bg-slate-300 text-wa-meta">
          <PersonIcon className="h-6 w-6" />
          <MicIcon className="absolute -right-1 -bottom-1 h-4 w-4 text-sky-500" />
        </span>
        {view.src ? (
          <>
            <audio
              ref={audio}
              src={view.src}
              preload="none"
              onPlay={() => setPlaying(true)}
              onPause={() => setPlaying(false)}
              onEnded={() => setPlaying(false)}
            />
            <button
              type="button"
              aria-label={playing ? "Pause audio" : "Play audio"}
              onClick={() => (playing ? audio.current?.pause() : void audio.current?.play())}
              className="rounded-full p-1 text-wa-meta hover:bg-black/5"
            >
              {playing ? <PauseIcon className="h-6 w-6" /> : <PlayIcon className="h-6 w-6" />}
            </button>
          </>
        ) : (
          <PlayIcon className="h-6 w-6 text-slate-400" />
        )}
        <span className="flex min-w-0 flex-1 flex-col gap-0.5">
          <span aria-hidden="true" className="flex h-4 items-center gap-[2px]">
            {BARS.map((h, i) => (
              <span key={i} className="w-[3px] rounded-full bg-slate-400" style={{ height: h }} />
            ))}
          </span>
          <span className="truncate text-[11px] text-wa-meta">
            {view.src ? view.name : (view.placeholder ?? view.name)}
          </span>
        </span>
      </div>
    </Bubble>
  );
});

export const DocumentMessage = memo(function DocumentMessage({
  message,
}: {
  message: Draft<"document">;
}) {
  return (
    <Bubble>
      <DocumentTile media={message.media} filename={message.filename} />
      {message.caption ? (
        <div className="mt-1">
          <FormattedText text={message.caption} />
        </div>
      ) : null}
    </Bubble>
  );
});

/** A sticker: no bubble, just the picture with the time under it. */
export const StickerMessage = memo(function StickerMessage({
  media,
}: {
  media: MediaRef | undefined;
}) {
  const view = describeMedia(media, "Sticker");
  return (
    <div className="flex flex-col items-end gap-1">
      {view.src ? (
        // eslint-disable-next-line @next/next/no-img-element -- any URL or library preview; next/image needs known hosts
        <img src={view.src} alt={`Sticker: ${view.name}`} className="h-36 w-36 object-contain" />
      ) : (
        <PlaceholderTile
          kind="image"
          text={
            view.placeholder === "Not chosen yet"
              ? "No sticker chosen yet"
              : `Sticker: ${view.placeholder ?? view.name}`
          }
          className="h-36 w-36"
        />
      )}
      <MessageTime onMedia />
    </div>
  );
});

export const LocationMessage = memo(function LocationMessage({
  message,
}: {
  message: Draft<"location">;
}) {
  return (
    <Bubble>
      <div className="-mx-1 -mt-0.5">
        <LocationTile location={message.location} />
      </div>
    </Bubble>
  );
});

export const ContactMessage = memo(function ContactMessage({
  message,
}: {
  message: Draft<"contact">;
}) {
  return (
    <Bubble
      label={`Contact: ${message.name}`}
      attached={
        <ul aria-label="Buttons" className="grid grid-cols-2 border-t border-black/10 text-center">
          <li className="py-2 text-[14px] font-medium text-wa-link">Message</li>
          <li className="border-l border-black/10 py-2 text-[14px] font-medium text-wa-link">
            Add contact
          </li>
        </ul>
      }
    >
      <div className="flex items-center gap-3 py-1">
        <span className="flex h-11 w-11 shrink-0 items-center justify-center rounded-full bg-slate-300 text-wa-meta">
          <PersonIcon className="h-6 w-6" />
        </span>
        <span className="min-w-0">
          <span className="block truncate font-medium">{message.name || "Contact name"}</span>
          <span className="block truncate text-xs text-wa-meta">
            {message.phone || "Phone number"}
          </span>
        </span>
      </div>
    </Bubble>
  );
});

export const TextMessage = memo(function TextMessage({ body }: { body: string }) {
  return (
    <Bubble>
      {body ? (
        <FormattedText text={body} />
      ) : (
        <p className="text-wa-meta italic">Type a message…</p>
      )}
    </Bubble>
  );
});
