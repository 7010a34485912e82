import { readFileSync } from "node:fs";
import path from "node:path";
import type { PlacePrecision } from "@/lib/vocabulary";
import { GEO_DATA_DIR } from "@/geo/data-files";
import { englishForms, normaliseName, skeletonOf } from "./normalise-name";

/** Built by `npm run geo:build` (scripts/build-gazetteer.ts) from the cited sources. */
export const GAZETTEER_FILE = "gazetteer.json";
/** Place keys English words also have ("dur": "door", Ad Dur), built beside it. */
export const LOOKALIKES_FILE = "english-lookalikes.json";

/** The countries whose towns the gazetteer holds (GeoNames cities500 of SY TR IQ LB JO IL PS); beyond them, capitals and cities of a million. */
export const THEATRE_COUNTRIES = new Set(["SY", "TR", "IQ", "LB", "JO", "IL", "PS"]);

/** A city beyond the theatre that is no capital ("Jeddah", "Houston"): a place only where the text uses it as one. */
export const isCityBeyondTheatre = (entry: GazetteerEntry) =>
  entry.precision === "city" && entry.featureCode !== "PPLC" && !THEATRE_COUNTRIES.has(entry.countryCode);

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
  /** For each first word of a normalised name, the most words a name starting with it has: where a phrase search can stop. */
  longestFrom: Map<string, number>;
  /** Keys English words share with places not spelt as them: "agri" (agree, Ağrı), "dur" (door, Ad Dur). */
  lookalikes: Set<string>;
  /** Syrian names of two words or more by their consonants (normalise-name.ts skeletonOf): the last resort of a phrase no key found. */
  bySkeleton: Map<string, NameMatch[]>;
}

export function indexGazetteer(entries: GazetteerEntry[], lookalikes: string[] = []): Gazetteer {
  const byName = new Map<string, NameMatch[]>();
  let maxWords = 1;
  const longestFrom = new Map<string, number>();
  for (const entry of entries) {
    const keys = new Map<string, boolean>();
    entry.names.forEach((name, index) => {
      const key = normaliseName(name);
      if (!key) return;
      for (const form of [key, ...englishForms(key)]) keys.set(form, keys.get(form) || index < entry.primaryNames);
    });
    for (const [key, primary] of keys) {
      const list = byName.get(key);
      if (list) list.push({ entry, primary });
      else byName.set(key, [{ entry, primary }]);
      const words = key.split(" ");
      maxWords = Math.max(maxWords, words.length);
      longestFrom.set(words[0], Math.max(longestFrom.get(words[0]) ?? 0, words.length));
    }
  }
  const bySkeleton = new Map<string, NameMatch[]>();
  for (const [key, matches] of byName) {
    const skeleton = skeletonOf(key);
    const syrian = matches.filter(({ entry, primary }) => primary && entry.countryCode === "SY");
    if (skeleton && syrian.length) bySkeleton.set(skeleton, [...(bySkeleton.get(skeleton) ?? []), ...syrian]);
  }
  return { entries, byName, maxWords, longestFrom, lookalikes: new Set(lookalikes), bySkeleton };
}

let loaded: Gazetteer | undefined;

/** The shipped gazetteer, read and indexed once per process. */
export function loadGazetteer(): Gazetteer {
  const read = (file: string) => JSON.parse(readFileSync(path.join(GEO_DATA_DIR, file), "utf8")) as unknown;
  loaded ??= indexGazetteer(read(GAZETTEER_FILE) as GazetteerEntry[], read(LOOKALIKES_FILE) as string[]);
  return loaded;
}

let byId: Map<string, GazetteerEntry> | undefined;

/** A gazetteer entry as a place row, by its id ("geonames:170654"); undefined if unknown. */
export function gazetteerPlace(id: string, gazetteer: Gazetteer = loadGazetteer()) {
  byId ??= new Map(gazetteer.entries.map((entry) => [entry.id, entry]));
  const entry = byId.get(id);
  if (!entry) return undefined;
  return {
    gazetteerId: entry.id,
    geonamesId: entry.id.startsWith("geonames:") ? Number(entry.id.slice("geonames:".length)) : null,
    name: entry.name,
    aliases: [],
    lat: entry.lat,
    lon: entry.lon,
    countryCode: entry.countryCode,
    admin1: entry.admin1,
    population: entry.population || null,
    precision: entry.precision,
    coordinateSource: entry.source,
  };
}

/** The gazetteer town or village nearest a clicked point, within `maxKm`: how a reviewer picks a place on the map. */
export function nearestPlace(lon: number, lat: number, options: { maxKm?: number } = {}, gazetteer: Gazetteer = loadGazetteer()) {
  const { maxKm = 30 } = options;
  const kmPerDegreeLat = 111.2;
  const kmPerDegreeLon = kmPerDegreeLat * Math.cos((lat * Math.PI) / 180);
  const within: { entry: GazetteerEntry; km: number }[] = [];
  for (const entry of gazetteer.entries) {
    if (entry.precision !== "city" && entry.precision !== "village") continue;
    // Flat-earth distance: exact enough within tens of km, and fast over 9,000 places.
    const km = Math.hypot((entry.lon - lon) * kmPerDegreeLon, (entry.lat - lat) * kmPerDegreeLat);
    if (km <= maxKm) within.push({ entry, km });
  }
  if (!within.length) return undefined;
  // A click is not precise to the kilometre: among places as near as the nearest give or
  // take 2 km, the town everyone knows (GeoNames, most populous) wins over a hamlet point.
  const nearestKm = Math.min(...within.map(({ km }) => km));
  const { entry: best, km: bestKm } = within
    .filter(({ km }) => km <= nearestKm + 2)
    .sort(
      (a, b) =>
        b.entry.population - a.entry.population ||
        Number(a.entry.id.startsWith("ocha:")) - Number(b.entry.id.startsWith("ocha:")) ||
        a.km - b.km,
    )[0];
  return (
    best && {
      id: best.id,
      name: best.name,
      countryCode: best.countryCode,
      precision: best.precision,
      lat: best.lat,
      lon: best.lon,
      source: best.source,
      distanceKm: Math.round(bestKm * 10) / 10,
    }
  );
}

/** Places whose name starts with the query (normalised), biggest first: the review form's place search. */
export function searchPlaces(query: string, options: { limit?: number } = {}, gazetteer: Gazetteer = loadGazetteer()) {
  const { limit = 10 } = options;
  const key = normaliseName(query);
  if (key.length < 2) return [];
  const found = new Map<string, GazetteerEntry>();
  for (const [name, matches] of gazetteer.byName) {
    if (!name.startsWith(key)) continue;
    for (const { entry } of matches) found.set(entry.id, entry);
  }
  const rank = (entry: GazetteerEntry) =>
    (entry.featureCode === "COUNTRY" ? 1e9 : 0) + (entry.countryCode === "SY" ? 1e8 : 0) + entry.population;
  return [...found.values()]
    .sort((a, b) => rank(b) - rank(a))
    .slice(0, limit)
    .map((entry) => ({
      id: entry.id,
      name: entry.name,
      countryCode: entry.countryCode,
      precision: entry.precision,
      lat: entry.lat,
      lon: entry.lon,
      source: entry.source,
    }));
}
