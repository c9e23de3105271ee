// First-load JS budgets (gzip, KB = 1,000 bytes), checked by `npm test` after the build
// (scripts/check-bundle-budgets.mjs). Issue 14's goals: at most 170 KB on every route, and at
// most 30 KB of Kabar's own above what every page shares (Next.js and React, about 139 KB).
// Each route's budget is what it weighs today plus room for the translations every page will
// carry (issue 13: i18n), never above 170. Raise one only with a reason written next to it.
export const budgets = {
  /** The chunks every page route loads: Next.js, React and the root layout. */
  shared: 142,
  /** A route's own JS above those shared chunks. */
  own: 30,
  /** A route not listed below. */
  defaultRoute: 170,
  // Routes still over the goals, held at what they weigh now (measured 2 Dec 2026) so that they
  // cannot grow unnoticed; each entry goes when its route meets the defaults.
  routes: {
    "/composer": {
      total: 300,
      own: 163,
      reason:
        "not split yet: zod (48 KB) and libphonenumber (51 KB) for the live checks, react-hook-form, the preview; the next step of issue 14",
    },
    "/composer/templates/new": {
      total: 205,
      own: 68,
      reason: "the template editor's zod schema and react-hook-form load with the page",
    },
    "/composer/templates/[id]": {
      total: 205,
      own: 68,
      reason: "the template editor's zod schema and react-hook-form load with the page",
    },
    "/tickets": {
      total: 188,
      own: 52,
      reason:
        "dnd-kit (drag a card to Closed) and React Query load with the board; 286 KB before the open-ticket form, zod and libphonenumber left its first load",
    },
  },
};
