import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../tests/support/e2e/auth";
import { createUserAsAdmin, newUser, signInWith } from "../tests/support/e2e/user-admin";

// Kabar in Bahasa Indonesia and English: the sign-in page's switch, the browser's
// Accept-Language, and each user's own choice on the Account page; <html lang> follows.

const htmlLang = (page: Page) => page.locator("html").getAttribute("lang");

test("the sign-in page switches language and keeps it in this browser", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to Kabar" })).toBeVisible();
  const languages = page.getByRole("group", { name: "Language" });
  await languages.getByRole("button", { name: "Bahasa Indonesia" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Masuk ke Kabar" })).toBeVisible();
  expect(await htmlLang(page)).toBe("id");
  await expect(page.getByLabel("Kata sandi")).toBeVisible();
  await expect(page.getByRole("button", { name: "Masuk", exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Masuk ke Kabar" })).toBeVisible();

  await page
    .getByRole("group", { name: "Bahasa" })
    .getByRole("button", { name: "English" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to Kabar" })).toBeVisible();
  expect(await htmlLang(page)).toBe("en");
});

test.describe("a browser that asks for Indonesian", () => {
  test.use({ locale: "id-ID" });

  test("gets Indonesian without choosing", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { level: 1, name: "Masuk ke Kabar" })).toBeVisible();
    expect(await htmlLang(page)).toBe("id");
  });
});

test("a user's language and time zone follow them from the Account page", async ({ page }) => {
  const user = newUser("agent", "i18n");
  await signIn(page, "admin");
  await createUserAsAdmin(page, user);
  await page.context().clearCookies();
  await signInWith(page, user.email, user.password);

  await page.goto("/account");
  await page.getByLabel("Language", { exact: true }).selectOption("id");
  await page.getByLabel("Time zone").selectOption("wita");
  await page.getByRole("button", { name: "Save" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Akun" })).toBeVisible();
  expect(await htmlLang(page)).toBe("id");
  await expect(page.getByLabel("Zona waktu")).toHaveValue("wita");
  const nav = page.getByRole("navigation", { name: "Utama" });
  await expect(nav.getByRole("link", { name: "Riwayat" })).toBeAttached();
  await expect(page.getByTestId("current-role")).toHaveText("Agen");

  // Any IANA zone; a wrong one is refused next to its field, in the user's language.
  await page.getByLabel("Zona waktu").selectOption("other");
  await page.getByLabel("Zona waktu IANA").fill("Asia/Nowhere");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Itu bukan zona waktu yang dikenal Kabar.")).toBeVisible();
  await page.getByLabel("Zona waktu IANA").fill("Asia/Singapore");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Bahasa dan zona waktu tersimpan.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Zona waktu IANA")).toHaveValue("Asia/Singapore");

  // Signed out, this browser keeps the language for the sign-in page.
  await page.getByRole("button", { name: "Keluar" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Masuk ke Kabar" })).toBeVisible();
});

test.describe("pages in Indonesian", () => {
  test.use({ locale: "id-ID" });

  test("the overview and the audit trail speak Indonesian", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/overview");
    await expect(page.getByRole("heading", { level: 1, name: "Ringkasan" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Jumlah" })).toContainText("Semua kiriman");
    await expect(page.getByRole("form", { name: "Rentang tanggal" })).toBeVisible();
    await expect(page.getByLabel("Dari")).toBeVisible();

    await page.goto("/audit");
    await expect(page.getByRole("heading", { level: 1, name: "Jejak Audit" })).toBeVisible();
    const table = page.getByRole("table", { name: "Kejadian audit, terbaru di atas" });
    await expect(table.getByRole("columnheader", { name: "Tindakan" })).toBeVisible();
    // Action labels in words, not codes such as auth.sign_in.
    await expect(table.getByRole("cell", { name: "Masuk", exact: true }).first()).toBeVisible();
    await expect(page.getByLabel("Tindakan")).toContainText("Semua tindakan");
  });

  // The composer's words come from the catalogue; the typed message is shown as written.
  test("the composer's labels, recipients reading and send button speak Indonesian", async ({
    page,
  }) => {
    await signIn(page, "admin");
    await page.goto("/composer");
    await expect(page.getByRole("heading", { level: 1, name: "Penyusun Pesan" })).toBeVisible();
    const form = page.getByRole("form", { name: "Tulis pesan" });
    await expect(form.getByLabel("Kirim dari")).toBeVisible();
    await expect(form.getByText("Belum ada penerima.")).toBeVisible();

    await form.getByLabel("Penerima", { exact: true }).fill("0812 3456 7890, 0812 3456 7891");
    await expect(form.getByText("2 nomor")).toBeVisible();
    await expect(form.getByRole("button", { name: "Kirim ke 2 penerima" })).toBeVisible();
    await expect(
      page.getByRole("complementary", { name: "Pratinjau dan permintaan" }),
    ).toBeVisible();
  });
});
