import { readFileSync } from "node:fs";
import path from "node:path";
import type { PlacePrecision } from "@/db/vocabulary";
import { GEO_DATA_DIR } from "@/geo/data-files";
import { normaliseName } from "./normalise-name";

/** Built by `npm run geo:build` (scripts/build-gazetteer.ts) from the cited sources. */
export const GAZETTEER_FILE = "gazetteer.json";

/** A place the extractor can name, with where its coordinates come from. */
export interface GazetteerEntry {
  /** "geonames:170654", "ocha:C4268", "country:RU", "admin1:SY12", "area:northern Syria". */
  id: string;
  name: string;
  /** Every spelling to recognise, as written in the source (normalised when loaded). */
  names: string[];
  /** How many of `names` (from the first) are the place's own names, not alternates from other languages or eras. */
  primaryNames: number;
  countryCode: string;
  lat: number;
  lon: number;
  precision: PlacePrecision;
  population: number;
  /** GeoNames feature code (PPLC capital, PPLA province seat …) or the source's kind. */
  featureCode: string;
  /** The governorate/province it lies in (OCHA P-code or GeoNames admin1 code), for context. */
  admin1: string | null;
  source: string;
}

/** An entry found under a name, and whether that name is one of its own (not an alternate). */
export interface NameMatch {
  entry: GazetteerEntry;
  primary: boolean;
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  /** Normalised name → entries that carry it. */
  byName: Map<string, NameMatch[]>;
  /** Longest name in words, to bound the phrase search. */
  maxWords: number;
}

export function indexGazetteer(entries: GazetteerEntry[]): Gazetteer {
  const byName = new Map<string, NameMatch[]>();
  let maxWords = 1;
  for (const entry of entries) {
    const keys = new Map<string, boolean>();
    entry.names.forEach((name, index) => {
      const key = normaliseName(name);
      if (key) keys.set(key, keys.get(key) || index < entry.primaryNames);
    });
    for (const [key, primary] of keys) {
      const list = byName.get(key);
      if (list) list.push({ entry, primary });
      else byName.set(key, [{ entry, primary }]);
      maxWords = Math.max(maxWords, key.split(" ").length);
    }
  }
  return { entries, byName, maxWords };
}

let loaded: Gazetteer | undefined;

/** The shipped gazetteer, read and indexed once per process. */
export function loadGazetteer(): Gazetteer {
  loaded ??= indexGazetteer(JSON.parse(readFileSync(path.join(GEO_DATA_DIR, GAZETTEER_FILE), "utf8")) as GazetteerEntry[]);
  return loaded;
}
