/**
 * `npm run ingest -- FILE... [--published YYYY-MM-DD] [--outlet NAME] [--url URL] [--reviewer NAME]`
 * stores article files (docs/extraction.md) with their extracted draft events, showing
 * progress and ending with what was stored, skipped and failed, and why. Options override
 * a file's header. Exits 1 when any file failed, 2 on a usage error.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_DB_PATH } from "@/db/client";
import { openPreparedDatabase } from "@/server/start-up";
import { decodeArticleBytes } from "@/ingest/article-input";
import { ingestArticle, type IngestResult } from "@/ingest/ingest-article";
import { parseArticleFile } from "@/ingest/parse-article-file";

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { published: { type: "string" }, outlet: { type: "string" }, url: { type: "string" }, reviewer: { type: "string" } },
  });
} catch (error) {
  console.error(`${(error as Error).message}\nusage: npm run ingest -- FILE... [--published YYYY-MM-DD] [--outlet NAME] [--url URL]`);
  process.exit(2);
}
const { positionals: files, values: overrides } = parsed;
if (!files.length) {
  console.error("usage: npm run ingest -- FILE... [--published YYYY-MM-DD] [--outlet NAME] [--url URL]");
  process.exit(2);
}
if (overrides.url && files.length > 1) {
  console.error("--url names one article: give it with a single FILE");
  process.exit(2);
}

const dbPath = process.env.GEOBRIEF_DB || DEFAULT_DB_PATH;
const db = openPreparedDatabase(dbPath);
const reviewer = overrides.reviewer ?? process.env.USER ?? "cli";

function ingestFile(file: string): IngestResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { status: "failed", error: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return { status: "failed", error: decoded.error };
  const { header, body } = parseArticleFile(decoded.text);
  const { reviewer: _reviewer, ...metadata } = overrides;
  return ingestArticle(db, { title: path.basename(file), ...header, ...metadata, body }, { reviewer });
}

/** A one-line bar on a terminal; a line per file when the output is a log. */
function progress(done: number, total: number, file: string): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(
    `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${path.basename(file).slice(0, 40).padEnd(40)}`,
  );
}

const outcomes: { file: string; result: IngestResult }[] = [];
const started = performance.now();
files.forEach((file, index) => {
  const result = ingestFile(file);
  outcomes.push({ file, result });
  progress(index + 1, files.length, file);
  if (!process.stderr.isTTY) {
    const detail =
      result.status === "stored"
        ? `article ${result.articleId}, ${result.eventIds.length} draft event(s)`
        : result.status === "skipped"
          ? result.reason
          : result.error;
    console.error(`${index + 1}/${files.length} ${result.status}: ${file} — ${detail}`);
  }
});
if (process.stderr.isTTY) process.stderr.write("\n");
db.$client.close();

const of = (status: IngestResult["status"]) => outcomes.filter(({ result }) => result.status === status);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `${of("stored").length} stored, ${of("skipped").length} skipped, ${of("failed").length} failed (${files.length} file(s) in ${seconds} s, database ${dbPath})`,
);
for (const { file, result } of outcomes) {
  if (result.status === "stored")
    console.log(
      `  stored  ${file}: article ${result.articleId}, ${result.eventIds.length} draft event(s)${result.warnings.length ? ` — ${result.warnings.join("; ")}` : ""}`,
    );
  if (result.status === "skipped") console.log(`  skipped ${file}: ${result.reason}`);
  if (result.status === "failed") console.log(`  failed  ${file}: ${result.error}`);
}
process.exit(of("failed").length ? 1 : 0);
