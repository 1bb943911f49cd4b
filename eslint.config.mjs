// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const PURE =
  "The language service is pure (docs/architecture.md): no LSP, no VS Code, no file system, no host.";
const VSCODE = {
  group: ["vscode", "vscode-languageclient", "vscode-languageclient/*"],
  message: "Only client/ may use vscode and the language client.",
};
const LSP = {
  group: ["vscode-languageserver", "vscode-languageserver/*"],
  message: "Only server/src/lsp may use the LSP connection.",
};
const NODE_FS = { group: ["fs", "fs/*", "node:fs", "node:fs/*"], message: PURE };
const SERVICE_ENTRY = {
  group: ["**/language/*", "!**/language/index"],
  message: "Reach the language service only through its entry, server/src/language (index.ts).",
};
const CLIENT_SHARED = {
  group: [
    "**/server/src/*",
    "!**/server/src/protocol",
    "!**/server/src/language",
    "**/server/src/language/*",
    "!**/server/src/language/vocabulary",
  ],
  message:
    "The client shares only server/src/protocol.ts and server/src/language/vocabulary/ with the server.",
};

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/out/**",
      "**/generated/**",
      ".cache/**",
      "test/e2e/.artifacts/**",
      // What the bench writes, the language service bundle among it (bench/service-bundle.ts).
      "bench/results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-imports": ["error", { patterns: [VSCODE, LSP] }],
    },
  },
  // The layers, enforced by path (docs/architecture.md): the language service is pure; the
  // language server and the CLI reach it only through its entry, language/index.ts; only lsp/ talks
  // LSP and only client/ talks to VS Code.
  {
    files: ["server/src/language/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            VSCODE,
            LSP,
            NODE_FS,
            {
              group: [
                "**/lsp",
                "**/lsp/*",
                "**/cli",
                "**/cli/*",
                "**/protocol",
                "**/import/import-document",
                "**/import/docx/*",
              ],
              message: PURE,
            },
          ],
        },
      ],
    },
  },
  {
    files: ["server/src/lsp/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [VSCODE, SERVICE_ENTRY] }] },
  },
  // Library-heavy output (Word files) reaches the language service through its entry, like the CLI.
  {
    files: ["server/src/export/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [VSCODE, LSP, SERVICE_ENTRY] }] },
  },
  // workspace/: the user's .keiyaku/ files (types, playbook), read from disk for lsp/ and cli/.
  {
    files: ["server/src/workspace/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            VSCODE,
            LSP,
            SERVICE_ENTRY,
            {
              group: ["**/lsp", "**/lsp/*", "**/cli", "**/cli/*"],
              message: "workspace/ serves lsp/ and cli/, not the reverse.",
            },
          ],
        },
      ],
    },
  },
  {
    // Reading documents to import (DOCX, text): no LSP, the language service only through its entry.
    files: ["server/src/import/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [VSCODE, LSP, SERVICE_ENTRY] }] },
  },
  {
    files: ["server/src/cli/**/*.ts", "server/src/cli.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [VSCODE, LSP, SERVICE_ENTRY] }] },
  },
  // The export bundle (DOCX, PDF) is shared by the CLI and the language server: it reaches the
  // language service through its entry and knows neither host.
  {
    files: ["server/src/export/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            VSCODE,
            LSP,
            SERVICE_ENTRY,
            {
              group: ["**/lsp", "**/lsp/*", "**/cli", "**/cli/*"],
              message: "The export knows neither host.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["client/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [LSP, CLIENT_SHARED] }] },
  },
  {
    files: ["test/protocol/**/*.ts", "test/e2e/**/*.ts", "test/unit/client/**/*.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs", "**/*.js", "**/*.cjs"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
      },
    },
  },
);
