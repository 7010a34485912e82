/**
 * `npm run import -- FILE.csv [--reviewer NAME]`: imports ACLED-style CSV into the database
 * (GEOBRIEF_DB), showing progress and reporting rows imported, skipped and why, and actors
 * created. Exits 1 when nothing could be imported from a file that had rows, 2 on a usage error.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_DB_PATH, openDatabase } from "@/db/client";
import { decodeArticleBytes } from "@/ingest/article-input";
import { ImportError, importAcledCsv } from "@/ingest/import-acled";

const usage = "usage: npm run import -- FILE.csv [--reviewer NAME]";
let args;
try {
  args = parseArgs({ allowPositionals: true, options: { reviewer: { type: "string" } } });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const [file, ...extra] = args.positionals;
if (!file || extra.length || !file.toLowerCase().endsWith(".csv")) {
  console.error(file?.toLowerCase().endsWith(".geojson") ? "GeoJSON region import is not available yet; only ACLED-style CSV" : usage);
  process.exit(2);
}
let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (error) {
  console.error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  process.exit(1);
}
const decoded = decodeArticleBytes(bytes);
if (!decoded.ok) {
  console.error(`cannot import ${file}: ${decoded.error}`);
  process.exit(1);
}
const db = openDatabase(process.env.GEOBRIEF_DB || DEFAULT_DB_PATH);
const started = performance.now();
try {
  const report = importAcledCsv(db, decoded.text, {
    reviewer: args.values.reviewer ?? process.env.USER ?? "import",
    onProgress: (done, total) => {
      if (process.stderr.isTTY) process.stderr.write(`\r${done}/${total} rows`);
      else if (done % 1000 === 0 || done === total) console.error(`${done}/${total} rows`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write("\n");
  console.log(`${report.imported} imported, ${report.skipped.length} skipped of ${report.rows} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (report.createdActors.length) console.log(`actors created: ${report.createdActors.join(", ")}`);
  const reasons = new Map<string, number[]>();
  for (const { line, reason } of report.skipped) {
    const key = reason.replace(/ \d+$/, "").replace(/"[^"]*"/g, "\"…\"");
    reasons.set(key, [...(reasons.get(key) ?? []), line]);
  }
  for (const [reason, lines] of reasons) console.log(`  skipped ${lines.length}: ${reason} (lines ${lines.slice(0, 8).join(", ")}${lines.length > 8 ? ", …" : ""})`);
  process.exitCode = report.rows > 0 && report.imported === 0 ? 1 : 0;
} catch (error) {
  console.error(error instanceof ImportError ? `cannot import ${file}: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  db.$client.close();
}
