import { readFileSync } from "node:fs";
import path from "node:path";
import { GEO_DATA_DIR, REFERENCE_LINES_FILE } from "./data-files";
import type { FeatureCollection, Line, LineFeature } from "./types";

export type ReferenceLineId = "turkey-syria-border-line" | "ceasefire-1974";
export type ReferenceLine = LineFeature<{ id: ReferenceLineId; name: string }>;

let cached: ReferenceLine[] | undefined;

/** The lines distance facts are measured to, built by `npm run geo:build`. Read once. */
export function loadReferenceLines(): ReferenceLine[] {
  cached ??= (
    JSON.parse(readFileSync(path.join(GEO_DATA_DIR, REFERENCE_LINES_FILE), "utf8")) as FeatureCollection<Line, ReferenceLine["properties"]>
  ).features;
  return cached;
}
