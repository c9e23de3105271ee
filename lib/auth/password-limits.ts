// The password length limits (NIST SP 800-63B), apart from the common-password list: forms show
// these in the browser, while the list (~220 KB of dictionary) stays in the server's password
// policy (./password-policy.ts), which the server actions run.
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
