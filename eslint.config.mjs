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
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Render text as React children; HTML from data is never trusted." },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML|setHTML|setHTMLUnsafe|insertAdjacentHTML)$/]", message: "Set textContent or render with React; HTML from data is never trusted." },
      ],
    },
  },
  globalIgnores([".next/**", "node_modules/**", "public/**", "next-env.d.ts", "data/**"]),
]);
