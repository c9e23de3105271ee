// The colour theme a user picked, kept in the browser (a cookie, so the server renders the right
// class on <html> and no page flashes the wrong colours; the sign-in page follows it too).

export const THEME_COOKIE = "kabar-theme";
export const themes = ["system", "light", "dark"] as const;
export type Theme = (typeof themes)[number];

/** The cookie's value as a theme; anything else (or none) follows the device. */
export function parseTheme(value: string | undefined): Theme {
  return themes.find((theme) => theme === value) ?? "system";
}
