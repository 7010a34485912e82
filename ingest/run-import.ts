/**
 * One import, whatever started it (`npm run import`, or the dashboard's Import dialog through
 * a worker thread, server/imports.ts): an ACLED-style CSV streamed from its bytes or its file
 * (ingest/import-acled.ts), or a GeoJSON file of region versions (small, read whole), each
 * written in one transaction. Known problems are ImportErrors.
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import type { GeobriefDb } from "@/db/client";
import { addRegionVersions, type RegionImportReport } from "@/db/queries/regions";
import { decodeArticleBytes } from "./article-input";
import { ImportError, importAcledCsv, type ImportProgress, type ImportReport } from "./import-acled";
import { parseRegionGeoJson } from "./region-geojson";

export type ImportKind = "csv" | "regions";

export type RunImportReport = ({ kind: "regions" } & RegionImportReport) | ({ kind: "csv"; seconds: number } & ImportReport);

/** What a file name says it holds: .csv, or .geojson/.json region versions. */
export function importKindOf(fileName: string): ImportKind | null {
  return /\.(geo)?json$/i.test(fileName) ? "regions" : /\.csv$/i.test(fileName) ? "csv" : null;
}

export interface RunImportOptions {
  reviewer: string;
  /** Honour the CSV's status column; otherwise every imported event is a draft to review. */
  keepStatus: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

/** The bytes of an upload, or a file on disk (the CLI), read as a stream. */
export type ImportSource = { bytes: Uint8Array } | { path: string };

/** Region files are capped (ingest/region-geojson.ts): read whole. */
const MAX_REGION_FILE_BYTES = 50 * 1024 * 1024;

export async function runImport(
  db: GeobriefDb,
  kind: ImportKind,
  source: ImportSource,
  options: RunImportOptions,
): Promise<RunImportReport> {
  const started = performance.now();
  const totalBytes = "bytes" in source ? source.bytes.length : statSync(source.path).size;
  if (!totalBytes) throw new ImportError("the file is empty");
  if (kind === "regions") {
    if (totalBytes > MAX_REGION_FILE_BYTES) throw new ImportError(`a region file is at most ${MAX_REGION_FILE_BYTES / 1024 / 1024} MB`);
    const bytes = "bytes" in source ? source.bytes : readFileSync(source.path);
    const decoded = decodeArticleBytes(bytes);
    if (!decoded.ok) throw new ImportError(decoded.error);
    const parsed = parseRegionGeoJson(decoded.text);
    if (!parsed.ok) throw new ImportError(`${parsed.errors.length} problem(s), nothing imported:\n  ${parsed.errors.join("\n  ")}`);
    return { kind, ...addRegionVersions(db, parsed.value, options.reviewer) };
  }
  const chunks = "bytes" in source ? source.bytes : createReadStream(source.path, { highWaterMark: 1024 * 1024 });
  const report = await importAcledCsv(db, chunks, { ...options, totalBytes });
  return { kind, ...report, seconds: Number(((performance.now() - started) / 1000).toFixed(1)) };
}
