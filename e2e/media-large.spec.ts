import { expect, test } from "@playwright/test";
import { signIn } from "../tests/support/e2e/auth";
import { makeMp4 } from "../tests/support/media-files";

// Files above 10 MB (videos and audio up to 16 MB, documents up to 100 MB) must arrive whole:
// Next's proxy (proxy.ts) buffers and cuts request bodies at 10 MB on the paths it runs on, so
// the upload route must be outside its matcher. Kabar refuses a body cut short; this proves none is.
test("a 15 MB video uploads intact and downloads back byte for byte", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "agent");
  const bytes = makeMp4(Date.now() % 1_000_000, 15 * 1024 * 1024);
  const response = await page.request.post("/api/media/upload", {
    headers: { "x-file-name": "big clip.mp4", "content-type": "video/mp4" },
    data: bytes,
    timeout: 60_000,
  });
  const body = await response.json();
  expect(response.status(), JSON.stringify(body)).toBe(201);
  expect(body.asset).toMatchObject({ kind: "video", size: bytes.length });
  const file = await page.request.get(body.asset.previewUrl, { timeout: 60_000 });
  expect(Buffer.from(await file.body()).equals(bytes)).toBe(true);
});
