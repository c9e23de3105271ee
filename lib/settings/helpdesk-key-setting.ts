/** The Setting row that holds the stored (encrypted) helpdesk api-key. */
export const HELPDESK_API_KEY_SETTING = "helpdesk.apiKey";
