import { expect, test, type Locator, type Page } from "@playwright/test";
import { e2eSandboxUrl } from "../scripts/lib/test-env.mjs";
import { signIn } from "../tests/support/e2e/auth";
import { gotoComposer } from "../tests/support/e2e/composer";
import {
  makeJpeg,
  makeMp4,
  makeOgg,
  makePdf,
  makePng,
  makeText,
  makeWebp,
  padTo,
} from "../tests/support/media-files";

// The media library in the browser: uploads of every kind with progress and previews, refusals
// with their reasons, copy of the media ID, soft delete and restore, filters, import by ID, and
// the viewer's read-only view. Every test makes its own files (unique bytes and names).

const MB = 1024 * 1024;
let counter = 0;
/** A seed no other test (or earlier run against this database) used: keeps bytes unique. */
function seed(): number {
  counter += 1;
  return (Date.now() % 100_000) * 100 + counter;
}
function unique(name: string): string {
  const dot = name.lastIndexOf(".");
  return `${name.slice(0, dot)}-${seed()}${name.slice(dot)}`;
}

type TestFile = { name: string; mimeType: string; buffer: Buffer };

async function gotoMedia(page: Page, role: "admin" | "agent" | "viewer" = "agent") {
  await signIn(page, role);
  await page.goto("/media");
  await expect(page.getByRole("heading", { name: "Media", level: 1 })).toBeVisible();
}

async function chooseFiles(page: Page, files: TestFile[]) {
  await page.getByLabel("Choose files to upload").setInputFiles(files);
}

function uploadItem(page: Page, name: string): Locator {
  return page.getByRole("list", { name: "Uploads" }).getByRole("listitem", { name });
}

function card(page: Page, name: string): Locator {
  return page.getByRole("list", { name: "Media library" }).getByRole("article", { name });
}

async function expectUploaded(page: Page, name: string) {
  const item = uploadItem(page, name);
  await expect(item.getByText(/Done/)).toBeVisible();
  await expect(
    item.getByRole("progressbar", { name: `Upload progress of ${name}` }),
  ).toHaveAttribute("aria-valuetext", "100%");
}

async function expectImageLoaded(image: Locator) {
  await expect(image).toBeVisible();
  await expect
    .poll(() => image.evaluate((el) => (el as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0);
}

test("an agent uploads one file of each kind and sees each with its progress and a real preview", async ({
  page,
}) => {
  await gotoMedia(page);
  const files = {
    png: { name: unique("banner.png"), mimeType: "image/png", buffer: makePng(seed(), 48) },
    jpeg: { name: unique("photo.jpg"), mimeType: "image/jpeg", buffer: makeJpeg(seed()) },
    video: { name: unique("clip.mp4"), mimeType: "video/mp4", buffer: makeMp4(seed(), 2048) },
    audio: { name: unique("voice.ogg"), mimeType: "audio/ogg", buffer: makeOgg(seed()) },
    pdf: { name: unique("price list.pdf"), mimeType: "application/pdf", buffer: makePdf(seed()) },
    sticker: { name: unique("smile.webp"), mimeType: "image/webp", buffer: makeWebp(seed()) },
  } satisfies Record<string, TestFile>;
  await chooseFiles(page, Object.values(files));

  for (const file of Object.values(files)) await expectUploaded(page, file.name);

  // Images and stickers: the thumbnail is the file itself, served with its type.
  await expectImageLoaded(
    card(page, files.png.name).getByRole("img", { name: `Preview of ${files.png.name}` }),
  );
  await expectImageLoaded(
    card(page, files.jpeg.name).getByRole("img", { name: `Preview of ${files.jpeg.name}` }),
  );
  await expectImageLoaded(
    card(page, files.sticker.name).getByRole("img", { name: `Preview of ${files.sticker.name}` }),
  );
  // Images went to Damcorp and carry its media ID; the other kinds are kept by Kabar.
  await expect(card(page, files.png.name).getByText("Media ID")).toBeVisible();
  await expect(
    card(page, files.pdf.name).getByText("Kept by Kabar: sent as file data."),
  ).toBeVisible();

  // Video: loads metadata only, for its first frame; a file the browser cannot decode (this
  // test's MP4 has headers but no frames) falls back to an icon instead of a black box.
  const videoCard = card(page, files.video.name);
  await expect(
    videoCard.locator('video[preload="metadata"]').or(videoCard.getByText("No preview")),
  ).toBeVisible();
  const download = videoCard.getByRole("link", { name: `Download ${files.video.name}` });
  const videoSrc = (await download.getAttribute("href"))!.replace("?download=1", "");
  const ranged = await page.request.get(videoSrc, { headers: { range: "bytes=0-15" } });
  expect(ranged.status()).toBe(206);
  expect(ranged.headers()["content-type"]).toBe("video/mp4");
  expect(Buffer.from(await ranged.body()).equals(files.video.buffer.subarray(0, 16))).toBe(true);
  // Audio: a player; document: type and size.
  const audio = card(page, files.audio.name).locator("audio");
  await expect(audio).toHaveAttribute("controls", "");
  const pdfCard = card(page, files.pdf.name);
  await expect(pdfCard.getByText(`PDF document · ${files.pdf.buffer.length} B`)).toBeVisible();

  const response = await page.request.get(
    (await card(page, files.png.name).getByRole("img").getAttribute("src"))!,
  );
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["content-disposition"]).toContain(`filename="${files.png.name}"`);
  expect(Buffer.from(await response.body()).equals(files.png.buffer)).toBe(true);

  await page.screenshot({ path: "/tmp/media-library.png", fullPage: true });
});

test("the progress bar moves while a larger file is on its way", async ({ page }) => {
  await gotoMedia(page);
  // Slow the upload down so the bar is seen between 0 and 100 %.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 512 * 1024,
  });
  const name = unique("catalogue.pdf");
  await chooseFiles(page, [
    { name, mimeType: "application/pdf", buffer: padTo(makePdf(seed()), 2 * MB) },
  ]);
  const bar = uploadItem(page, name).getByRole("progressbar");
  await expect
    .poll(async () => Number((await bar.getAttribute("value").catch(() => null)) ?? -1), {
      intervals: [100],
    })
    .toBeGreaterThan(0);
  const midway = Number(await bar.getAttribute("value"));
  expect(midway).toBeLessThan(100);
  await expect(uploadItem(page, name).getByText(/Uploading \d+%/)).toBeVisible();
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await expectUploaded(page, name);
});

test("an oversized and a wrongly typed file are refused before upload, each with its reason", async ({
  page,
}) => {
  await gotoMedia(page);
  const uploads: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/media/upload")) uploads.push(request.url());
  });
  const big = {
    name: unique("huge.png"),
    mimeType: "image/png",
    buffer: padTo(makePng(seed()), 6 * MB),
  };
  const fake = { name: unique("notes.png"), mimeType: "image/png", buffer: makeText(seed()) };
  const fine = { name: unique("fine.png"), mimeType: "image/png", buffer: makePng(seed()) };
  await chooseFiles(page, [big, fake, fine]);

  await expect(uploadItem(page, big.name)).toContainText("Not uploaded");
  await expect(uploadItem(page, big.name)).toContainText(
    "At 6 MB, the file is larger than the 5 MB WhatsApp allows for images.",
  );
  await expect(uploadItem(page, fake.name)).toContainText(
    "The file is named like a PNG image, but its content is not one.",
  );
  await expectUploaded(page, fine.name);
  // Only the good file was sent; the two refused ones never left the browser.
  expect(uploads).toHaveLength(1);
  await expect(card(page, big.name)).toHaveCount(0);
  await expect(card(page, fake.name)).toHaveCount(0);
});

test("the server checks the bytes again: a renamed file sent around the page is refused", async ({
  page,
}) => {
  await gotoMedia(page);
  const response = await page.request.post("/api/media/upload", {
    headers: { "x-file-name": "sneaky.png", "content-type": "image/png" },
    data: makeText(seed()),
  });
  expect(response.status()).toBe(400);
  expect(await response.json()).toMatchObject({
    code: "type_mismatch",
    error: "The file is named like a PNG image, but its content is not one.",
  });
});

test("an image that does not decode is refused with the reason; a PNG named .html becomes .png", async ({
  page,
}) => {
  await gotoMedia(page);
  const cut = {
    name: unique("cut.png"),
    mimeType: "image/png",
    buffer: makePng(seed()).subarray(0, 11),
  };
  const html = unique("offer.html");
  await chooseFiles(page, [cut, { name: html, mimeType: "text/html", buffer: makePng(seed()) }]);

  await expect(uploadItem(page, cut.name)).toContainText("Not uploaded");
  await expect(uploadItem(page, cut.name)).toContainText(
    "The image cannot be read: it is damaged or cut short",
  );
  await expect(card(page, cut.name)).toHaveCount(0);
  const stored = html.replace(/\.html$/, ".png");
  await expect(card(page, stored)).toBeVisible();
  await expect(card(page, html)).toHaveCount(0);
});

test("files can be dropped onto the upload area", async ({ page }) => {
  await gotoMedia(page);
  const name = unique("dropped.png");
  const bytes = [...makePng(seed())];
  const dataTransfer = await page.evaluateHandle(
    ({ name, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: "image/png" }));
      return transfer;
    },
    { name, bytes },
  );
  const zone = page.getByRole("group", { name: "Upload media" });
  await zone.dispatchEvent("dragover", { dataTransfer });
  await zone.dispatchEvent("drop", { dataTransfer });
  await expectUploaded(page, name);
  await expect(card(page, name)).toBeVisible();
});

test("copy media ID puts the Damcorp media ID on the clipboard", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await gotoMedia(page);
  const name = unique("promo.png");
  await chooseFiles(page, [{ name, mimeType: "image/png", buffer: makePng(seed()) }]);
  await expectUploaded(page, name);
  const shown = await card(page, name).locator("code").textContent();
  expect(shown).toMatch(/^\d{16}$/);

  const copy = card(page, name).getByRole("button", { name: `Copy media ID of ${name}` });
  await copy.click();
  await expect(copy).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
});

test("soft delete hides an item, Show deleted brings it back to restore, and the same bytes are recognised", async ({
  page,
}) => {
  await gotoMedia(page);
  const name = unique("old menu.pdf");
  const file = { name, mimeType: "application/pdf", buffer: makePdf(seed()) };
  await chooseFiles(page, [file]);
  await expectUploaded(page, name);

  await card(page, name)
    .getByRole("button", { name: `Delete ${name}` })
    .click();
  await expect(page.getByText(`“${name}” deleted.`)).toBeVisible();
  await expect(card(page, name)).toHaveCount(0);

  await page.getByLabel("Show deleted").check();
  await expect(page).toHaveURL(/deleted=1/);
  await expect(card(page, name).getByText("Deleted", { exact: true })).toBeVisible();
  await card(page, name)
    .getByRole("button", { name: `Restore ${name}` })
    .click();
  await expect(page.getByText(`“${name}” restored.`)).toBeVisible();
  await expect(card(page, name).getByRole("button", { name: `Delete ${name}` })).toBeVisible();

  await page.getByLabel("Show deleted").uncheck();
  await expect(card(page, name)).toBeVisible();

  // The same bytes under another name: the library already has them.
  await page.getByRole("button", { name: "Clear finished" }).click();
  const copy = { ...file, name: unique("copy.pdf") };
  await chooseFiles(page, [copy]);
  await expect(uploadItem(page, copy.name)).toContainText(`Already in the library as “${name}”.`);
  await expect(card(page, copy.name)).toHaveCount(0);
});

test("filter by kind and search by name, kept in the address", async ({ page }) => {
  await gotoMedia(page);
  const tag = `f${seed()}`;
  const image = { name: `${tag} poster.png`, mimeType: "image/png", buffer: makePng(seed()) };
  const doc = { name: `${tag} terms.pdf`, mimeType: "application/pdf", buffer: makePdf(seed()) };
  await chooseFiles(page, [image, doc]);
  await expectUploaded(page, image.name);
  await expectUploaded(page, doc.name);

  await page.getByLabel("Search by name").fill(tag);
  await expect(page).toHaveURL(new RegExp(`q=${tag}`));
  await expect(page.getByRole("list", { name: "Media library" }).getByRole("article")).toHaveCount(
    2,
  );

  await page
    .getByRole("group", { name: "Filter by kind" })
    .getByRole("button", { name: "Documents" })
    .click();
  await expect(page).toHaveURL(/kind=document/);
  await expect(card(page, doc.name)).toBeVisible();
  await expect(card(page, image.name)).toHaveCount(0);

  await page.reload();
  await expect(page.getByLabel("Search by name")).toHaveValue(tag);
  await expect(
    page.getByRole("group", { name: "Filter by kind" }).getByRole("button", { name: "Documents" }),
  ).toHaveAttribute("aria-pressed", "true");
  await expect(card(page, doc.name)).toBeVisible();
  await expect(card(page, image.name)).toHaveCount(0);
});

test("import by Damcorp media ID brings media uploaded elsewhere into the library", async ({
  page,
}) => {
  // Media that reached Damcorp without Kabar: uploaded straight to the sandbox.
  const bytes = makePng(seed(), 20);
  const form = new FormData();
  form.append("token", "sandbox-token");
  form.append("media", new Blob([new Uint8Array(bytes)], { type: "image/png" }), "outside.png");
  const answer = (await (
    await fetch(`${e2eSandboxUrl}/whatsapp/uploadMedia`, { method: "POST", body: form })
  ).json()) as {
    data: { id: string }[];
  };
  const mediaId = answer.data[0]!.id;

  await gotoMedia(page);
  await page.getByText("Import by Damcorp media ID").click();
  const name = unique("from whatsapp.png");
  await page.getByLabel("Damcorp media ID", { exact: true }).fill(mediaId);
  await page.getByLabel("Name (optional)").fill(name);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText(`Imported “${name}”.`)).toBeVisible();
  const imported = card(page, name);
  await expect(imported.getByText(/^Imported /)).toBeVisible();
  await expect(imported.locator("code")).toHaveText(mediaId);
  await expectImageLoaded(imported.getByRole("img", { name: `Preview of ${name}` }));

  // An unknown ID says so next to the field, and what was typed stays.
  await page.getByLabel("Damcorp media ID", { exact: true }).fill("9999999999999999");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Damcorp has no media with ID 9999999999999999" }),
  ).toBeVisible();
  await expect(page.getByText("No media with this ID")).toBeVisible();
  await expect(page.getByLabel("Damcorp media ID", { exact: true })).toHaveValue(
    "9999999999999999",
  );

  // A refused download is worded as a download: nothing was sent to anyone.
  await fetch(`${e2eSandboxUrl}/__sandbox/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ path: "/whatsapp/downloadMedia", status: 401, times: 1 }),
  });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const refused = page
    .getByRole("alert")
    .filter({ hasText: "Damcorp refused to give the media (401 · Not authorised)" });
  await expect(refused).toContainText("Nothing was imported, and no message was sent.");
  await expect(refused).not.toContainText("may or may not have been sent");
});

test("a viewer sees the library read only: no upload, import, delete or restore", async ({
  browser,
}) => {
  const agentPage = await (await browser.newContext()).newPage();
  await gotoMedia(agentPage, "agent");
  const name = unique("team photo.png");
  await chooseFiles(agentPage, [{ name, mimeType: "image/png", buffer: makePng(seed()) }]);
  await expectUploaded(agentPage, name);
  await agentPage.context().close();

  const page = await (await browser.newContext()).newPage();
  await gotoMedia(page, "viewer");
  const item = card(page, name);
  await expectImageLoaded(item.getByRole("img", { name: `Preview of ${name}` }));
  await expect(item.getByRole("button", { name: `Copy media ID of ${name}` })).toBeVisible();
  await expect(page.getByRole("button", { name: "Choose files" })).toHaveCount(0);
  await expect(page.getByLabel("Choose files to upload")).toHaveCount(0);
  await expect(page.getByText("Import by Damcorp media ID")).toHaveCount(0);
  await expect(page.getByLabel("Show deleted")).toHaveCount(0);
  await expect(
    page.getByRole("button", { name: /^(Delete|Restore|Upload .* to Damcorp)/ }),
  ).toHaveCount(0);

  // The server refuses too, whatever the page shows.
  const refused = await page.request.post("/api/media/upload", {
    headers: { "x-file-name": "x.png", "content-type": "image/png" },
    data: makePng(seed()),
  });
  expect(refused.status()).toBe(403);
  await page.context().close();
});

test("the composer's picker reuses a library image: the sandbox receives its Damcorp media ID", async ({
  page,
}) => {
  await gotoMedia(page);
  const name = unique("reuse me.png");
  await chooseFiles(page, [{ name, mimeType: "image/png", buffer: makePng(seed(), 40) }]);
  await expectUploaded(page, name);
  const mediaId = (await card(page, name).locator("code").textContent())!;
  expect(mediaId).toMatch(/^\d{16}$/);

  await gotoComposer(page);
  await page.getByLabel("Message type").selectOption("Image");
  await page.getByRole("radio", { name: "Media library" }).check();
  await page.getByRole("button", { name: "Choose image" }).click();
  const dialog = page.getByRole("dialog", { name: "Choose an image" });
  await dialog.getByLabel("Search images by name").fill(name);
  await dialog.getByRole("button", { name: `Choose ${name}` }).click();
  await expect(dialog).toBeHidden();
  await expectImageLoaded(page.getByRole("img", { name: `Preview of ${name}` }));

  // A customer inside the sandbox's 24-hour window (sandbox/README.md).
  await page.getByLabel("Recipients").fill("628527927011");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("region", { name: "Outcome" }).getByRole("status")).toHaveText(
    "Sent",
  );

  const log = (await (
    await fetch(`${e2eSandboxUrl}/__sandbox/requests?path=/whatsapp/sendImage`)
  ).json()) as {
    requests: { body: { image?: string } }[];
  };
  expect(log.requests.at(-1)?.body.image).toBe(mediaId);
});

test("the picker uploads in place, refuses another kind, and chooses the new file", async ({
  page,
}) => {
  await signIn(page, "agent");
  await gotoComposer(page);
  await page.getByLabel("Message type").selectOption("Image");
  await page.getByRole("radio", { name: "Media library" }).check();
  await page.getByRole("button", { name: "Choose image" }).click();
  const dialog = page.getByRole("dialog", { name: "Choose an image" });
  const pdf = {
    name: unique("not an image.pdf"),
    mimeType: "application/pdf",
    buffer: makePdf(seed()),
  };
  const png = { name: unique("fresh.png"), mimeType: "image/png", buffer: makePng(seed()) };
  await dialog.getByLabel("Choose images to upload").setInputFiles([pdf]);
  await expect(dialog.getByRole("listitem", { name: pdf.name })).toContainText(
    "This is a PDF document. Choose an image (JPEG or PNG).",
  );
  await dialog.getByLabel("Choose images to upload").setInputFiles([png]);
  await expect(dialog).toBeHidden();
  await expectImageLoaded(page.getByRole("img", { name: `Preview of ${png.name}` }));
  await expect(page.getByRole("button", { name: "Change image" })).toBeVisible();
});
