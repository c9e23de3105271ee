// Which time zones a user may choose: Indonesia's three by their everyday names, or any zone the
// platform's Intl knows (IANA names such as Asia/Singapore).

/** WIB, WITA, WIT: the zones an Indonesian business picks from first. */
export const indonesianZones = {
  wib: "Asia/Jakarta",
  wita: "Asia/Makassar",
  wit: "Asia/Jayapura",
} as const;

export function isTimeZone(value: string): boolean {
  if (!value.includes("/") && value !== "UTC") return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
