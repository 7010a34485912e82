/**
 * One import, whatever started it (`npm run import`, or the dashboard's Import dialog through
 * a worker thread, server/imports.ts): decode the bytes, then an ACLED-style CSV or a GeoJSON
 * file of region versions, each written in one transaction. Known problems are ImportErrors.
 */
import type { GeobriefDb } from "@/db/client";
import { addRegionVersions, type RegionImportReport } from "@/db/queries/regions";
import { decodeArticleBytes } from "./article-input";
import { ImportError, importAcledCsv, type ImportReport } from "./import-acled";
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
  onProgress?: (done: number, total: number) => void;
}

export function runImport(db: GeobriefDb, kind: ImportKind, bytes: Uint8Array, options: RunImportOptions): RunImportReport {
  const started = performance.now();
  if (!bytes.length) throw new ImportError("the file is empty");
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) throw new ImportError(decoded.error);
  if (kind === "regions") {
    const parsed = parseRegionGeoJson(decoded.text);
    if (!parsed.ok) throw new ImportError(`${parsed.errors.length} problem(s), nothing imported:\n  ${parsed.errors.join("\n  ")}`);
    return { kind, ...addRegionVersions(db, parsed.value) };
  }
  const report = importAcledCsv(db, decoded.text, options);
  return { kind, ...report, seconds: Number(((performance.now() - started) / 1000).toFixed(1)) };
}
