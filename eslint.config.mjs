import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // `_name` marks a value deliberately left unused (a destructured field to drop).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Article text, titles and notes are hostile input: they reach the page as React text only.
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Render text as React children; HTML from data is never trusted.",
        },
        {
          selector: "MemberExpression[property.name=/^(innerHTML|outerHTML|setHTML|setHTMLUnsafe|insertAdjacentHTML)$/]",
          message: "Set textContent or render with React; HTML from data is never trusted.",
        },
      ],
    },
  },
  {
    // The layers of docs/architecture.md: imports point down, never up, and never round in a circle.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["**/*.test.ts", "tests/**", "scripts/**"],
    // Packages are not parsed for their exports: no-cycle otherwise walks node_modules on every file (55 s of a
    // 69 s lint, import-js/eslint-plugin-import#3255); a cycle runs through our files, so it is still found.
    settings: { "import/ignore": ["node_modules"] },
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib",
              from: ["./db", "./ingest", "./server", "./app", "./components", "./scripts"],
              message: "lib/ is pure: it imports nothing of ours but geo/ types.",
            },
            {
              target: "./geo",
              from: ["./db", "./ingest", "./server", "./app", "./components", "./scripts", "./lib"],
              message: "geo/ is pure and framework-free.",
            },
            {
              target: "./db",
              from: ["./ingest", "./server", "./app", "./components", "./scripts"],
              message: "db/ knows SQL only: seeding and back-fills run from server/start-up.ts.",
            },
            {
              target: "./ingest",
              from: ["./server", "./app", "./components", "./scripts"],
              message: "ingest/ sits below the server and the app.",
            },
            { target: "./server", from: ["./app", "./components", "./scripts"], message: "server/ sits below the app." },
            { target: ["./app", "./components"], from: ["./scripts"], message: "The app does not run command-line code." },
          ],
        },
      ],
    },
  },
  {
    // What the browser runs never holds database, ingest or server code; their types cross the line freely.
    files: ["components/**/*.ts", "components/**/*.tsx"],
    ignores: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/db/*", "@/ingest/*", "@/server/*"],
              allowTypeImports: true,
              message: "components/ run in the browser: import only types from db/, ingest/ and server/; pages pass the data in.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([".next/**", "node_modules/**", "public/**", "next-env.d.ts", "data/**"]),
]);
