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
  routes: {},
};
