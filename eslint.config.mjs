import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

// The files tsconfig.json covers (type-checked rules need its program).
const typeScriptFiles = ["**/*.{ts,tsx}"];
const testFiles = ["**/*.test.{ts,tsx}", "e2e/**", "tests/**", "sandbox/testkit.ts"];

/** Import boundaries (README, "Project layout"); `patterns` match both "@/…" and relative paths. */
const boundary = (message, ...group) => ({ group, message });
const noUiToApp = boundary(
  "lib/ is below the UI: it must not import app/, components/ or browser/.",
  "@/app",
  "@/app/*",
  "@/components",
  "@/components/*",
  "@/browser",
  "@/browser/*",
  "**/../app/*",
  "**/../components/*",
  "**/../browser/*",
);
const noUiToDatabase = boundary(
  "The UI reaches data through server actions and lib/ services, never lib/db or the Prisma client.",
  "@/lib/db",
  "@/lib/db/*",
  "@/lib/generated/*",
  "**/lib/db",
  "**/lib/db/*",
  "**/lib/generated/*",
);
const noAppToSandbox = boundary(
  "Kabar and its Damcorp sandbox stay independent (README): only tests may start the sandbox.",
  "@/sandbox/*",
  "**/sandbox/*",
);
const noSandboxToApp = boundary(
  "The sandbox is written from Damcorp's spec, independently of Kabar: it imports none of Kabar's code.",
  "@/*",
  "**/lib/*",
  "**/app/*",
  "**/components/*",
  "**/browser/*",
);
const restrictImports = (...patterns) => ({
  "no-restricted-imports": "off",
  "@typescript-eslint/no-restricted-imports": ["error", { patterns }],
});

// process.env is read in one validated module (lib/env.ts). NODE_ENV is allowed: Next.js inlines it.
const processEnvOutsideEnvModule = [
  {
    selector:
      "MemberExpression[object.type='MemberExpression'][object.object.name='process'][object.property.name='env'][property.name!='NODE_ENV']",
    message: "Read configuration from `env` (lib/env.ts), the one validated reader of process.env.",
  },
  {
    selector:
      ":not(MemberExpression) > MemberExpression[object.name='process'][property.name='env']",
    message: "Read configuration from `env` (lib/env.ts), the one validated reader of process.env.",
  },
  {
    selector: "VariableDeclarator[init.name='process'] > ObjectPattern",
    message: "Read configuration from `env` (lib/env.ts), the one validated reader of process.env.",
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "lib/generated/**",
      "data/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  // Type-checked rules on every TypeScript file (typescript-eslint's recommendedTypeChecked).
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: typeScriptFiles })),
  {
    files: typeScriptFiles,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // React event handlers may be async: React ignores what they return.
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { attributes: false } },
      ],
      // Libraries ask for Promise-returning callbacks (next-auth, Prisma's adapter, mocks); an
      // `async` one without `await` is the plain way to write them.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // Tests read arbitrary JSON answers (sandbox, Damcorp, CSV) as `any` on purpose, and
    // stringify the bodies they recorded.
    files: testFiles,
    rules: {
      "@typescript-eslint/no-base-to-string": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  { files: ["lib/**"], rules: restrictImports(noUiToApp, noAppToSandbox) },
  {
    files: ["app/**", "components/**", "browser/**"],
    rules: restrictImports(noUiToDatabase, noAppToSandbox),
  },
  { files: ["sandbox/**"], rules: restrictImports(noSandboxToApp) },
  { files: testFiles, rules: { "@typescript-eslint/no-restricted-imports": "off" } },
  {
    files: ["**/*.{ts,tsx,mts,cts,js,mjs,cjs}"],
    ignores: [
      "lib/env.ts",
      "instrumentation.ts",
      "scripts/**",
      "prisma/**",
      "sandbox/**",
      "*.config.{ts,mjs,js}",
      ...testFiles,
    ],
    rules: { "no-restricted-syntax": ["error", ...processEnvOutsideEnvModule] },
  },
];

export default config;
