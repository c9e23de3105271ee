import { expect, test } from "@playwright/test";
import { signIn } from "../tests/support/e2e/auth";

// The composer in Bahasa Indonesia: its form, recipients reading, send button and preview notes
// come from the catalogue; the typed message itself is shown as written.

test.describe("the composer in Indonesian", () => {
  test.use({ locale: "id-ID" });

  test("labels, the recipients reading and the send button speak Indonesian", async ({ page }) => {
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
