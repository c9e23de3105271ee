import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { e2eDistDir, e2eEnv } from "../scripts/lib/test-env.mjs";
import { DEMO_PASSWORD, demoAccounts, signIn } from "../tests/support/e2e/auth";
import { signInWith } from "../tests/support/e2e/user-admin";

const secrets = [
  e2eEnv.DAMCORP_TOKEN,
  e2eEnv.DAMCORP_HELPDESK_API_KEY,
  e2eEnv.NEXTAUTH_SECRET,
  e2eEnv.KABAR_SECRET_KEY,
] as string[];

test("responses carry a nonce CSP and the security headers", async ({ request }) => {
  const response = await request.get("/sign-in");
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBeTruthy();
  expect(headers["permissions-policy"]).toBeTruthy();
  // A fresh nonce per response.
  const again = (await request.get("/sign-in")).headers()["content-security-policy"];
  expect(again).not.toBe(csp);
});

test("the page's scripts run under the CSP (sign-in works, no violations)", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await signInWith(page, demoAccounts.admin, DEMO_PASSWORD);
  expect(violations).toEqual([]);
});

test("x-middleware-subrequest headers do not open protected pages or data", async ({ request }) => {
  const forged = [
    "middleware",
    "middleware:middleware:middleware:middleware:middleware",
    "proxy:proxy:proxy:proxy:proxy",
    "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
  ];
  for (const value of forged) {
    const page = await request.get("/settings", {
      headers: { "x-middleware-subrequest": value },
      maxRedirects: 0,
    });
    expect([307, 308]).toContain(page.status());
    expect(page.headers()["location"]).toContain("/sign-in");
  }
});

test("no token, api-key or session secret reaches the browser", async ({ page }) => {
  const pages = ["/sign-in", "/composer", "/media", "/tickets", "/history", "/settings"];
  await signIn(page, "admin");
  for (const url of pages) {
    const response = await page.goto(url);
    const html = (await response?.text()) ?? "";
    for (const secret of secrets) expect(html, `${url} contains a secret`).not.toContain(secret);
  }
  const files = listFiles(path.join(e2eDistDir, "static"));
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const secret of secrets)
      expect(text.includes(secret), `${file} contains a secret`).toBe(false);
  }
});

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}
