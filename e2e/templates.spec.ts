import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../tests/support/e2e/auth";

// Each test makes its own templates with unique names, so the tests run in any order.
const unique = (prefix: string) =>
  `${prefix}_${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

const preview = (page: Page) => page.getByRole("region", { name: "WhatsApp preview" });
const templateForm = (page: Page) => page.getByRole("form", { name: "Template" });

async function createSimpleTemplate(page: Page, name: string, body: string) {
  await page.goto("/composer/templates/new");
  const form = templateForm(page);
  await form.getByLabel("Template name").fill(name);
  await form.getByLabel("Body").fill(body);
  await form.getByRole("button", { name: "Create template" }).click();
  await expect(page).toHaveURL(/\/composer\/templates$/);
  await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
}

const row = (page: Page, name: string) =>
  page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });

test("an agent creates a template and the preview follows every keystroke", async ({ page }) => {
  await signIn(page, "agent");
  await page.goto("/composer/templates");
  await page.getByRole("link", { name: "New template" }).click();
  await expect(page).toHaveURL(/\/composer\/templates\/new$/);
  const form = templateForm(page);
  const name = unique("order_ready");

  await form.getByLabel("Template name").fill(name);
  await form.getByLabel("Header", { exact: true }).selectOption("text");
  await form.getByLabel("Header text").fill("Pesanan {{1}}");
  await expect(preview(page).getByText("Pesanan")).toBeVisible();

  // Formatting and placeholders appear as typed, unfilled placeholders marked.
  const body = form.getByLabel("Body");
  await body.pressSequentially("Halo *{{1}}*, pesanan _{{2}}_ siap diambil.");
  await expect(preview(page).locator("strong")).toHaveText("{{1}}");
  await expect(preview(page).locator("em")).toHaveText("{{2}}");
  await expect(preview(page).getByTestId("unfilled-param")).toHaveCount(3);
  await expect(page.getByTestId("placeholder-count")).toHaveText(
    "2 placeholders ({{1}}, {{2}}): each send needs 2 values.",
  );

  await form.getByLabel("Footer (optional)").fill("Toko Kabar");
  await expect(preview(page).getByText("Toko Kabar")).toBeVisible();

  // Buttons: a quick reply, then a URL button with a dynamic part, reordered to the top.
  await form.getByRole("button", { name: "Add button" }).click();
  await form.getByLabel("Button 1 text").fill("Terima kasih");
  await form.getByRole("button", { name: "Add button" }).click();
  await form.getByLabel("Button 2 kind").selectOption("url");
  await form.getByLabel("Button 2 text").fill("Lacak pesanan");
  await form.getByLabel("Button 2 URL").fill("https://tokokabar.example/lacak/{{1}}");
  await form.getByRole("button", { name: "Move button 2 up" }).click();
  const buttons = preview(page).getByRole("list", { name: "Buttons" }).getByRole("listitem");
  await expect(buttons).toHaveText([
    /Lacak pesanan\s*\(https:\/\/tokokabar\.example\/lacak\/\{\{1\}\}\)/,
    "Terima kasih",
  ]);
  await page.screenshot({ path: "/tmp/templates-new.png", fullPage: true });

  await form.getByRole("button", { name: "Create template" }).click();
  await expect(page.getByText(`Template ${name} saved`)).toBeVisible();
  await expect(page).toHaveURL(/\/composer\/templates$/);
  const saved = row(page, name);
  await expect(saved).toContainText("Text header · 2 buttons");
  await expect(saved).toContainText("3 parameters, 1 button value");
  await page.screenshot({ path: "/tmp/templates-list.png", fullPage: true });

  // Everything came back as saved.
  await saved.getByRole("link", { name: `Edit ${name}` }).click();
  await expect(form.getByLabel("Header text")).toHaveValue("Pesanan {{1}}");
  await expect(form.getByLabel("Button 1 URL")).toHaveValue(
    "https://tokokabar.example/lacak/{{1}}",
  );
  await expect(form.getByLabel("Button 2 text")).toHaveValue("Terima kasih");
});

test("errors appear next to their fields as you type, and nothing typed is lost", async ({
  page,
}) => {
  await signIn(page, "agent");
  await page.goto("/composer/templates/new");
  const form = templateForm(page);

  const name = form.getByLabel("Template name");
  await name.fill("Order Update");
  await expect(name).toHaveAccessibleDescription(/Use the Damcorp template name/);
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await name.fill("order_update_ok");
  await expect(name).not.toHaveAttribute("aria-invalid", "true");

  const footer = form.getByLabel("Footer (optional)");
  await footer.fill("x".repeat(61));
  await expect(footer).toHaveAccessibleDescription(/Footer can be at most 60 characters/);
  await expect(form.getByText("61/60")).toBeVisible();

  // A gap between placeholders is a warning, not an error.
  const body = form.getByLabel("Body");
  await body.fill("Halo {{1}}, kode {{3}}");
  await expect(body).toHaveAccessibleDescription(/\{\{2\}\} is missing/);

  // Rules across fields: a URL button's {{1}} only at the end.
  await form.getByRole("button", { name: "Add button" }).click();
  await form.getByLabel("Button 1 kind").selectOption("url");
  await form.getByLabel("Button 1 text").fill("Buka");
  const url = form.getByLabel("Button 1 URL");
  await url.fill("javascript:alert(1)");
  await expect(url).toHaveAccessibleDescription(/Enter the button's URL/);

  await form.getByRole("button", { name: "Create template" }).click();
  await expect(page).toHaveURL(/\/composer\/templates\/new$/);
  await expect(footer).toHaveValue("x".repeat(61));
  await expect(body).toHaveValue("Halo {{1}}, kode {{3}}");
});

test("the language field says it is not sent to Damcorp", async ({ page }) => {
  await signIn(page, "agent");
  await page.goto("/composer/templates/new");
  await expect(templateForm(page).getByLabel("Language")).toHaveAccessibleDescription(
    /it is not sent to Damcorp, which picks the template by its name/,
  );
});

test("the server refuses a name already taken, next to the name field", async ({ page }) => {
  await signIn(page, "agent");
  const name = unique("taken");
  await createSimpleTemplate(page, name, "Halo {{1}}");

  await page.goto("/composer/templates/new");
  const form = templateForm(page);
  await form.getByLabel("Template name").fill(name);
  await form.getByLabel("Body").fill("Lagi {{1}}");
  await form.getByRole("button", { name: "Create template" }).click();
  await expect(form.getByLabel("Template name")).toHaveAccessibleDescription(
    new RegExp(`${name} in language id already exists`),
  );
  await expect(form.getByLabel("Body")).toHaveValue("Lagi {{1}}");
});

test("edit, duplicate and delete a template", async ({ page }) => {
  await signIn(page, "admin");
  const name = unique("lifecycle");
  await createSimpleTemplate(page, name, "Versi pertama {{1}}");

  // Edit.
  await row(page, name)
    .getByRole("link", { name: `Edit ${name}` })
    .click();
  await expect(page.getByRole("heading", { name: `Edit ${name}` })).toBeVisible();
  const form = templateForm(page);
  await form.getByLabel("Body").fill("Versi *kedua* {{1}}");
  await expect(preview(page).locator("strong")).toHaveText("kedua");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\/composer\/templates$/);
  await expect(row(page, name)).toContainText("Versi *kedua* {{1}}");

  // Duplicate: opens the copy for renaming.
  await row(page, name)
    .getByRole("button", { name: `Duplicate ${name}` })
    .click();
  await expect(page.getByRole("heading", { name: `Edit ${name}_copy` })).toBeVisible();
  await expect(templateForm(page).getByLabel("Body")).toHaveValue("Versi *kedua* {{1}}");
  await page.goto("/composer/templates");
  await expect(row(page, `${name}_copy`)).toBeVisible();

  // Delete asks first; Cancel keeps it.
  await row(page, name)
    .getByRole("button", { name: `Delete ${name}` })
    .click();
  const dialog = page.getByRole("dialog", { name: `Delete ${name}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, name)).toBeVisible();

  await row(page, name)
    .getByRole("button", { name: `Delete ${name}` })
    .click();
  await dialog.getByRole("button", { name: "Delete template" }).click();
  await expect(page.getByText(`Deleted ${name}`)).toBeVisible();
  await expect(row(page, name)).toHaveCount(0);
  await expect(row(page, `${name}_copy`)).toBeVisible();
});

test("a save never silently overwrites someone else's newer save", async ({ page, context }) => {
  await signIn(page, "agent");
  const name = unique("concurrent");
  await createSimpleTemplate(page, name, "Asli {{1}}");
  await row(page, name)
    .getByRole("link", { name: `Edit ${name}` })
    .click();
  await expect(page.getByRole("heading", { name: `Edit ${name}` })).toBeVisible();
  await expect(page).toHaveURL(/\/composer\/templates\/c[a-z0-9]+$/);
  const editUrl = page.url();

  // Someone else opens the same template and saves first.
  const other = await context.newPage();
  await other.goto(editUrl);
  await templateForm(other).getByLabel("Body").fill("Versi mereka {{1}}");
  await templateForm(other).getByRole("button", { name: "Save changes" }).click();
  await expect(other).toHaveURL(/\/composer\/templates$/);
  await other.close();

  const form = templateForm(page);
  await form.getByLabel("Body").fill("Versi saya {{1}}");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByRole("alert")).toContainText("Someone else saved this template");
  await expect(form.getByLabel("Body")).toHaveValue("Versi saya {{1}}");
  await form.getByRole("button", { name: "Replace with my version" }).click();
  await expect(page).toHaveURL(/\/composer\/templates$/);
  await expect(row(page, name)).toContainText("Versi saya {{1}}");
});

test("search narrows the list by name or text, and the URL keeps the query", async ({ page }) => {
  await signIn(page, "agent");
  const tag = unique("cari");
  await createSimpleTemplate(page, `${tag}_satu`, "Paket kilat {{1}}");
  await createSimpleTemplate(page, `${tag}_dua`, "Kiriman reguler {{1}}");

  const search = page.getByRole("searchbox", { name: "Search templates" });
  await search.fill(tag);
  await expect(page).toHaveURL(new RegExp(`q=${tag}`));
  await expect(page.getByRole("row")).toHaveCount(3); // header + 2
  await search.fill("kiriman reguler");
  await expect(row(page, `${tag}_dua`)).toBeVisible();
  await expect(row(page, `${tag}_satu`)).toHaveCount(0);

  await page.reload();
  await expect(search).toHaveValue("kiriman reguler");
  await expect(row(page, `${tag}_dua`)).toBeVisible();

  await search.fill(`${tag}_nothing`);
  await expect(page.getByText(`No template matches “${tag}_nothing”.`)).toBeVisible();
});

test("a carousel and limited-time offer show in the template preview", async ({ page }) => {
  await signIn(page, "agent");
  await page.goto("/composer/templates/new");
  const form = templateForm(page);
  await form.getByLabel("Template name").fill(unique("carousel"));
  await form.getByLabel("Body").fill("Pilihan minggu ini");
  await form.getByRole("button", { name: "Add card" }).click();
  await form.getByLabel("Card 1 text").fill("*{{1}}* hanya {{2}}");
  await form.getByRole("button", { name: "Add button to card 1" }).click();
  await form.getByLabel("Card 1 button 1 text").fill("Info");
  await form.getByRole("button", { name: "Add card" }).click();
  await form.getByLabel("Card 2 media").selectOption("video");
  await expect(form.getByText("Every card needs the same media kind as card 1")).toBeVisible();

  const cards = preview(page).getByRole("list", { name: "Carousel cards" });
  await expect(cards.getByRole("listitem", { name: "Card 1 of 2" })).toContainText("Info");
  await expect(cards.getByRole("img", { name: "Image: No image chosen yet" })).toBeVisible();
  await expect(cards.getByRole("img", { name: "Video: No video chosen yet" })).toBeVisible();

  await form.getByLabel("Limited-time offer").check();
  await expect(preview(page).getByText("Offer expiry not set yet")).toBeVisible();
  await page.screenshot({ path: "/tmp/templates-carousel.png", fullPage: true });
});

test("more than three buttons fold into 'See all options', a sheet you open and close", async ({
  page,
}) => {
  await signIn(page, "agent");
  await page.goto("/composer/templates/new");
  const form = templateForm(page);
  await form.getByLabel("Body").fill("Pilih salah satu");
  for (const [i, text] of ["Satu", "Dua", "Tiga", "Empat"].entries()) {
    await form.getByRole("button", { name: "Add button" }).click();
    await form.getByLabel(`Button ${i + 1} text`).fill(text);
  }
  const shown = preview(page).getByRole("list", { name: "Buttons" }).getByRole("listitem");
  await expect(shown).toHaveText(["Satu", "Dua"]);
  const more = preview(page).getByRole("button", { name: "See all options" });
  await expect(more).toHaveAttribute("aria-expanded", "false");
  await more.click();
  await expect(more).toHaveAttribute("aria-expanded", "true");
  const sheet = preview(page).getByRole("region", { name: "All options" });
  await expect(sheet.getByRole("listitem")).toHaveText(["Satu", "Dua", "Tiga", "Empat"]);
  await sheet.getByRole("button", { name: "Close All options" }).click();
  await expect(sheet).toBeHidden();
  await expect(more).toBeFocused();
});

test("typing a 1,000-character body keeps the counter and the preview up to date", async ({
  page,
}) => {
  await signIn(page, "agent");
  await page.goto("/composer/templates/new");
  const body = templateForm(page).getByLabel("Body");
  const sentence = "Halo *{{1}}*, pesanan _{{2}}_ siap.\n";
  const text = sentence.repeat(Math.ceil(1000 / sentence.length)).slice(0, 1000);
  await body.fill(text.slice(0, 900));
  // Main-thread tasks over 50 ms, as the browser reports them while the last 100 keys are typed.
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: "longtask" });
  });
  await body.pressSequentially(text.slice(900));
  await expect(body).toHaveValue(text);
  await expect(templateForm(page).getByText("1000/1024")).toBeVisible();
  await expect(preview(page).getByTestId("unfilled-param")).toHaveCount(56);
  const longTasks = await page.evaluate(
    () => (window as unknown as { longTasks: number[] }).longTasks,
  );
  // Reported, not asserted: a wall-clock limit fails on a busy machine (speed goals are measured
  // by benchmarks). The figure shows in the report as an annotation.
  test.info().annotations.push({
    type: "longest main-thread task while typing (ms)",
    description: String(Math.round(Math.max(0, ...longTasks))),
  });
});

test("viewers cannot open saved templates", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/composer/templates");
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await page.goto("/composer/templates/new");
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
});
