// Every page and main state of Kabar, each reached the way a user reaches it, for the checks that
// must hold everywhere (axe, no sideways scroll at 390 px, dark mode). A state's `visit` leaves the
// page showing that state; `role` is who opens it (null: signed out).
import { expect, type Page } from "@playwright/test";
import { demoAccounts, signIn, type DemoRole } from "./auth";
import { insertLaunchedCampaign } from "./campaigns";
import { gotoComposer } from "./composer";
import { demoSender, demoUserId, insertSends, uniqueName, uniqueNumberPrefix } from "./database";

const h1 = (page: Page, name: string | RegExp) =>
  expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

/** Writes a partial and a sent send (so history, its detail and the overview have data). */
export function seedTourSends(): string {
  const prefix = uniqueNumberPrefix();
  const admin = demoUserId(demoAccounts.admin);
  const sender = demoSender().id;
  const [partialId] = insertSends([
    {
      kind: "image",
      summary: "Promo minggu ini",
      path: "/whatsapp/sendImage",
      requestBody: {
        token: "[redacted]",
        to: `${prefix}01,${prefix}02`,
        image: "https://cdn.example.co.id/a.jpg",
      },
      responseBody: {
        responseCode: "000",
        message: "success",
        data: [
          { to: `${prefix}01`, msgId: `wamid.${prefix}a`, status: "sent" },
          { to: `${prefix}02`, msgId: null, status: "invalid" },
        ],
      },
      httpStatus: 200,
      responseCode: "000",
      outcome: "partial",
      userId: admin,
      senderNumberId: sender,
      createdAt: new Date(Date.now() - 3600_000),
      recipients: [
        { to: `${prefix}01`, status: "sent", msgId: `wamid.${prefix}a` },
        { to: `${prefix}02`, status: "invalid" },
      ],
    },
    {
      kind: "text",
      // A long template name, as businesses name them: no list or chart may widen the page.
      templateName: "pesanan_diproses_notifikasi_pengiriman_ulang_pelanggan_setia_2026",
      summary: "Halo Kak, pesanan Anda sedang kami proses",
      path: "/whatsapp/sendText",
      requestBody: { token: "[redacted]", to: `${prefix}03`, message: "Halo Kak" },
      responseBody: {
        responseCode: "000",
        message: "success",
        data: [{ to: `${prefix}03`, msgId: "m", status: "sent" }],
      },
      httpStatus: 200,
      responseCode: "000",
      outcome: "sent",
      userId: admin,
      senderNumberId: sender,
      createdAt: new Date(Date.now() - 2 * 3600_000),
      recipients: [{ to: `${prefix}03`, status: "sent", msgId: "m" }],
    },
  ]);
  return partialId!;
}

/** Writes a paused campaign of three (so nothing is sent while the page is checked); its path. */
function seedTourCampaign(): string {
  const prefix = uniqueNumberPrefix();
  const id = insertLaunchedCampaign({
    name: uniqueName("Tour campaign"),
    status: "paused",
    recipients: [1, 2, 3].map((n) => ({ to: `${prefix}0${n}`, name: `Pelanggan ${n}` })),
  });
  return `/campaigns/${id}`;
}

/** Checks the page as it is now; a stop calls it once per state it shows. */
export type StateCheck = (state: string) => Promise<void>;

export interface TourStop {
  name: string;
  role: DemoRole | null;
  visit: (page: Page, check: StateCheck) => Promise<void>;
}

/**
 * A stop of one state: open a path and wait for its heading. A function path is made when the
 * stop is visited (after it writes the data the page shows).
 */
function simple(
  name: string,
  path: string | (() => string),
  heading: string | RegExp,
  role: DemoRole | null = "admin",
): TourStop {
  return {
    name,
    role,
    visit: async (page, check) => {
      await page.goto(typeof path === "string" ? path : path());
      await h1(page, heading);
      await check(name);
    },
  };
}

/** The composer showing the message kinds from..to (by their place in "Message type"). */
function composerKinds(from: number, to: number): TourStop {
  return {
    name: `composer, message kinds ${from + 1} to ${to} (as many as there are)`,
    role: "admin",
    visit: async (page, check) => {
      await gotoComposer(page);
      const kind = page.getByLabel("Message type");
      const kinds = await kind
        .locator("option")
        .evaluateAll((options) =>
          options.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ""] as const),
        );
      for (const [value, label] of kinds.slice(from, to)) {
        await kind.selectOption(value);
        await expect(page.getByRole("region", { name: "WhatsApp preview" })).toBeVisible();
        await check(`composer: ${label}`);
      }
    },
  };
}

export const tourStops: readonly TourStop[] = [
  simple("sign-in", "/sign-in", /Sign in to/, null),
  simple("overview", () => (seedTourSends(), "/overview"), "Overview"),
  // The composer once per message kind, a few kinds per stop so each stop stays short.
  ...[0, 4, 8, 12].map((from) => composerKinds(from, from + 4)),
  simple("templates", "/composer/templates", "Saved templates"),
  simple("new template", "/composer/templates/new", "New template"),
  simple("history", "/history", "History"),
  simple("send details", () => `/history/${seedTourSends()}`, "Send details"),
  simple("campaigns", "/campaigns", "Campaigns"),
  simple("campaign page", seedTourCampaign, /^Tour campaign_/),
  simple("media", "/media", "Media"),
  {
    name: "tickets",
    role: "admin",
    visit: async (page, check) => {
      await page.goto("/tickets");
      await h1(page, "Tickets");
      const openCard = page.getByRole("button", { name: /^Open ticket #/ }).first();
      await expect(openCard).toBeVisible();
      await check("tickets board");
      await openCard.click();
      const panel = page.getByRole("dialog", { name: /Ticket #/ });
      await expect(panel.getByRole("list", { name: "Conversation" })).toBeVisible();
      await check("ticket panel");
      await page.keyboard.press("Escape");
      await expect(panel).toBeHidden();
      await page.getByRole("button", { name: "Open ticket", exact: true }).click();
      await expect(page.getByRole("dialog", { name: "Open a ticket" })).toBeVisible();
      await check("open-ticket dialog");
    },
  },
  simple("audit", "/audit", "Audit trail"),
  simple("users", "/settings/users", "Settings"),
  simple("settings", "/settings", "Settings"),
  simple("account", "/account", "Account"),
  simple("not found", "/no-such-page", "Page not found"),
];

/** Opens a stop as its role (signing in or out first) and checks each of its states. */
export async function visitStop(page: Page, stop: TourStop, check: StateCheck) {
  await page.context().clearCookies();
  if (stop.role) await signIn(page, stop.role);
  await stop.visit(page, check);
}
