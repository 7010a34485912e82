/**
 * `npm run extract -- --json FILE`: prints what the extractor finds in one article file
 * (docs/extraction.md, "What the extractor is asked to find") without storing anything. This is how extraction is measured.
 */
import { readFileSync } from "node:fs";
import { extractArticle } from "@/ingest/extract-article";
import { parseArticleFile } from "@/ingest/parse-article-file";

const args = process.argv.slice(2);
const files = args.filter((arg) => !arg.startsWith("--"));
if (files.length !== 1 || !args.includes("--json")) {
  console.error("usage: npm run extract -- --json FILE");
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(files[0], "utf8");
} catch (error) {
  console.error(`cannot read ${files[0]}: ${(error as Error).message}`);
  process.exit(1);
}
const { header, body } = parseArticleFile(text);
const extraction = extractArticle(body, header);
for (const warning of extraction.warnings) console.error(`warning: ${warning}`);
process.stdout.write(JSON.stringify(extraction, null, 1) + "\n");
