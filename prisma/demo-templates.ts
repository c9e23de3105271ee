// Saved templates matching the sandbox's registry of the spec's example templates.
export const demoTemplates = [
  {
    name: "welcome_msg",
    language: "id",
    category: "MARKETING",
    headerKind: "none",
    body: "Halo {{1}}, selamat datang di {{2}}!",
  },
  {
    name: "hsm_text_dummy",
    language: "id",
    category: "UTILITY",
    headerKind: "text",
    headerText: "welcome",
    body: "Pesanan {{1}} sedang {{2}}.",
  },
  {
    name: "hsm_media_dummy",
    language: "id",
    category: "MARKETING",
    headerKind: "image",
    body: "Promo spesial untuk {{1}}.",
  },
];
