/**
 * `npm run import -- FILE.csv|FILE.geojson [--reviewer NAME] [--keep-status]` imports into the
 * database (GEOBRIEF_DB) through ingest/run-import.ts, the same code the dashboard's Import
 * dialog runs on a worker thread. ACLED-style CSV: progress, then rows imported, skipped and
 * why, and actors created; events arrive as drafts unless --keep-status keeps the file's status
 * column; exits 1 when nothing could be imported from a file that had rows. GeoJSON region
 * versions (ingest/region-geojson.ts): all or nothing; exits 1 listing every problem. Exits 2
 * on a usage error.
 */
import { accessSync, constants } from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_DB_PATH } from "@/db/client";
import { openPreparedDatabase } from "@/server/start-up";
import { InvalidEditError } from "@/db/errors";
import { ImportError } from "@/ingest/import-acled";
import { importKindOf, runImport, type RunImportReport } from "@/ingest/run-import";

const usage = "usage: npm run import -- FILE.csv|FILE.geojson [--reviewer NAME] [--keep-status]";
let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { reviewer: { type: "string" }, "keep-status": { type: "boolean", default: false } },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const [file, ...extra] = args.positionals;
const kind = importKindOf(file ?? "");
if (!file || extra.length || !kind) {
  console.error(usage);
  process.exit(2);
}
try {
  accessSync(file, constants.R_OK);
} catch (error) {
  console.error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  process.exit(1);
}

function printReport(report: RunImportReport): void {
  if (report.kind === "regions") {
    for (const { id, version, validFrom } of report.added) console.log(`region ${id}: version ${version}, valid from ${validFrom}`);
    console.log(
      `${report.added.length} region version(s) imported${report.ringsRewound ? `; ${report.ringsRewound} ring(s) rewound to RFC 7946 winding` : ""}`,
    );
    return;
  }
  if (process.stderr.isTTY) process.stderr.write("\n");
  console.log(
    `${report.imported} imported, ${report.updated} updated, ${report.unchanged} unchanged, ${report.skippedCount} skipped of ${report.rows} rows in ${report.seconds} s` +
      ` (${Math.round(report.rows / Math.max(report.seconds, 0.1)).toLocaleString("en")} rows/s, peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB)`,
  );
  if (report.ignoredColumns.length) console.log(`columns not read (neither ACLED's nor Geobrief's): ${report.ignoredColumns.join(", ")}`);
  if (report.createdActors.length) console.log(`actors created: ${report.createdActors.join(", ")}`);
  if (report.cleanedCount)
    console.log(
      `control or bidi characters removed on ${report.cleanedCount} row(s) (lines ${report.cleaned
        .slice(0, 8)
        .map(({ line }) => line)
        .join(", ")})`,
    );
  const reasons = new Map<string, number[]>();
  for (const { line, reason } of report.skipped) {
    const key = reason.replace(/ \d+$/, "").replace(/"[^"]*"/g, '"…"');
    reasons.set(key, [...(reasons.get(key) ?? []), line]);
  }
  for (const [reason, lines] of reasons)
    console.log(`  skipped ${lines.length}: ${reason} (lines ${lines.slice(0, 8).join(", ")}${lines.length > 8 ? ", …" : ""})`);
  if (report.skippedCount > report.skipped.length)
    console.log(
      `  (reasons above for the first ${report.skipped.length}; ${report.skippedCount - report.skipped.length} more rows skipped)`,
    );
  process.exitCode = report.rows > 0 && report.imported === 0 ? 1 : 0;
}

const db = openPreparedDatabase(process.env.GEOBRIEF_DB || DEFAULT_DB_PATH);
try {
  printReport(
    await runImport(
      db,
      kind,
      { path: file },
      {
        reviewer: args.values.reviewer ?? process.env.USER ?? "import",
        keepStatus: args.values["keep-status"],
        onProgress: ({ rows, bytes, totalBytes }) => {
          const line = `${rows.toLocaleString("en")} rows, ${Math.floor((100 * bytes) / totalBytes)}% of the file`;
          if (process.stderr.isTTY) process.stderr.write(`\r${line}`);
          else if (rows % 1000 === 0) console.error(line);
        },
      },
    ),
  );
} catch (error) {
  if (error instanceof ImportError || error instanceof InvalidEditError) console.error(`cannot import ${file}: ${error.message}`);
  else console.error(error);
  process.exitCode = 1;
} finally {
  db.$client.close();
}
