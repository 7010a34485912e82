/**
 * `npm run import -- FILE.csv|FILE.geojson [--reviewer NAME]` imports into the database
 * (GEOBRIEF_DB). ACLED-style CSV: progress, then rows imported, skipped and why, and actors
 * created; exits 1 when nothing could be imported from a file that had rows. GeoJSON region
 * versions (ingest/region-geojson.ts): all or nothing; exits 1 listing every problem. Exits
 * 2 on a usage error. With --json, standard output carries only JSON lines for a program to
 * follow (the dashboard's import): {"progress":{"done","total"}}, then {"report":…} or {"error":…}.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_DB_PATH, openDatabase } from "@/db/client";
import { decodeArticleBytes } from "@/ingest/article-input";
import { InvalidEditError } from "@/db/errors";
import { addRegionVersions } from "@/db/queries/regions";
import { ImportError, importAcledCsv } from "@/ingest/import-acled";
import { parseRegionGeoJson } from "@/ingest/region-geojson";

const usage = "usage: npm run import -- FILE.csv|FILE.geojson [--reviewer NAME] [--json]";
let args;
try {
  args = parseArgs({ allowPositionals: true, options: { reviewer: { type: "string" }, json: { type: "boolean", default: false } } });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const [file, ...extra] = args.positionals;
const reviewer = args.values.reviewer ?? process.env.USER ?? "import";
const asJson = args.values.json;
const emit = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
/** A failure: said to a person, or as a JSON line for a program; exits with `code`. */
function fail(message: string, code: number): never {
  if (asJson) emit({ error: message });
  else console.error(message);
  process.exit(code);
}
const kind = /\.(geo)?json$/i.test(file ?? "") ? "regions" : /\.csv$/i.test(file ?? "") ? "csv" : null;
if (!file || extra.length || !kind) fail(usage, 2);
let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 1);
}
const decoded = decodeArticleBytes(bytes);
if (!decoded.ok) fail(`cannot import ${file}: ${decoded.error}`, 1);
const db = openDatabase(process.env.GEOBRIEF_DB || DEFAULT_DB_PATH);
const started = performance.now();

function importRegions(text: string): void {
  const parsed = parseRegionGeoJson(text);
  if (!parsed.ok) throw new ImportError(`${parsed.errors.length} problem(s), nothing imported:\n  ${parsed.errors.join("\n  ")}`);
  const report = addRegionVersions(db, parsed.value);
  if (asJson) return void emit({ report: { kind: "regions", ...report } });
  for (const { id, version, validFrom } of report.added) console.log(`region ${id}: version ${version}, valid from ${validFrom}`);
  console.log(`${report.added.length} region version(s) imported${report.ringsRewound ? `; ${report.ringsRewound} ring(s) rewound to RFC 7946 winding` : ""}`);
}

function importCsv(text: string): void {
  const report = importAcledCsv(db, text, {
    reviewer,
    onProgress: (done, total) => {
      if (asJson) {
        if (done === total || done % Math.max(1, Math.floor(total / 100)) === 0) emit({ progress: { done, total } });
      } else if (process.stderr.isTTY) process.stderr.write(`\r${done}/${total} rows`);
      else if (done % 1000 === 0 || done === total) console.error(`${done}/${total} rows`);
    },
  });
  process.exitCode = report.rows > 0 && report.imported === 0 ? 1 : 0;
  const seconds = Number(((performance.now() - started) / 1000).toFixed(1));
  if (asJson) return void emit({ report: { kind: "csv", ...report, seconds } });
  if (process.stderr.isTTY) process.stderr.write("\n");
  console.log(`${report.imported} imported, ${report.skipped.length} skipped of ${report.rows} rows in ${seconds} s`);
  if (report.createdActors.length) console.log(`actors created: ${report.createdActors.join(", ")}`);
  const reasons = new Map<string, number[]>();
  for (const { line, reason } of report.skipped) {
    const key = reason.replace(/ \d+$/, "").replace(/"[^"]*"/g, "\"…\"");
    reasons.set(key, [...(reasons.get(key) ?? []), line]);
  }
  for (const [reason, lines] of reasons) console.log(`  skipped ${lines.length}: ${reason} (lines ${lines.slice(0, 8).join(", ")}${lines.length > 8 ? ", …" : ""})`);
}

try {
  if (kind === "regions") importRegions(decoded.text);
  else importCsv(decoded.text);
} catch (error) {
  const known = error instanceof ImportError || error instanceof InvalidEditError;
  if (asJson) emit({ error: known ? error.message : `the import failed: ${(error as Error).message}` });
  else console.error(known ? `cannot import ${file}: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  db.$client.close();
}
