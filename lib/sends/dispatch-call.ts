// Sends a planned call with the Damcorp client's own send function for its kind (each builds the
// body with the same builder the request view used).
import {
  sendAudio,
  sendContact,
  sendDocument,
  sendHsm,
  sendImage,
  sendInteractive,
  sendLocation,
  sendSticker,
  sendText,
  sendVideo,
  type CallOptions,
  type DamcorpClient,
  type SendResult,
} from "@/lib/damcorp";
import type { WireCall } from "@/lib/composer/build-request";

export function dispatchCall(
  client: DamcorpClient,
  call: WireCall,
  options?: CallOptions,
): Promise<SendResult> {
  switch (call.type) {
    case "text":
      return sendText(client, call.input, options);
    case "hsm":
      return sendHsm(client, call.input, options);
    case "interactive":
      return sendInteractive(client, call.input, options);
    case "image":
      return sendImage(client, call.input, options);
    case "document":
      return sendDocument(client, call.input, options);
    case "audio":
      return sendAudio(client, call.input, options);
    case "video":
      return sendVideo(client, call.input, options);
    case "sticker":
      return sendSticker(client, call.input, options);
    case "location":
      return sendLocation(client, call.input, options);
    case "contact":
      return sendContact(client, call.input, options);
  }
}
