import type { Gazetteer, GazetteerEntry } from "../gazetteer";
import { foldText } from "../fold-text";
import { normaliseName } from "../normalise-name";
import type { Sentence } from "../sentences";
import type { PlaceMention } from "./types";

/** A gazetteer name found in the text, before deciding which place it is. */
export interface PlaceCandidate {
  start: number;
  end: number;
  entries: GazetteerEntry[];
}

/** Capitalised words that begin sentences or name things, never places in our articles. */
const NOT_PLACES = new Set(
  [
    "the", "a", "an", "he", "she", "it", "they", "we", "this", "that", "these", "those", "but", "and", "however", "since", "while", "after", "before",
    "photos", "army", "said", "state", "president", "minister", "ministry", "general", "defense", "security", "national", "party", "forces", "council",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "islamic", "democratic", "union", "republic", "new", "free", "unity", "peace", "salam",
    "victory", "martyrs", "prime", "chief", "foreign", "interior", "media", "news", "agency", "times", "post", "daily", "today", "reuters",
  ].map(normaliseName),
);

/** Lower-case words that may open a place name: "northern Syria", "southern Lebanon". */
const AREA_OPENERS = /^(north|south|east|west)(ern|-?east(ern)?|-?west(ern)?)?$/i;

const WORD = /[\p{L}\d][\p{L}\d'’-]*/gu;

/** Every longest run of words that names a gazetteer place. */
export function findPlaceCandidates(body: string, gazetteer: Gazetteer): PlaceCandidate[] {
  const folded = foldText(body);
  const words = [...folded.matchAll(WORD)].map((match) => {
    // A possessive ("Syria's", "Damascus'") names the same place; the span leaves the 's out.
    const text = match[0].replace(/'s?$/, "");
    return { start: match.index, end: match.index + text.length, text };
  });
  const candidates: PlaceCandidate[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const first = words[index].text;
    if (!/^\p{Lu}/u.test(first) && !AREA_OPENERS.test(first)) continue;
    for (let count = Math.min(gazetteer.maxWords, words.length - index); count >= 1; count -= 1) {
      const last = words[index + count - 1];
      const gaps = words.slice(index, index + count - 1).map((word, offset) => folded.slice(word.end, words[index + offset + 1].start));
      if (gaps.some((gap) => !/^[ -]$/.test(gap))) continue;
      const key = normaliseName(folded.slice(words[index].start, last.end));
      if (key.length < 3 || NOT_PLACES.has(key)) continue;
      const entries = gazetteer.byName.get(key);
      if (!entries) continue;
      candidates.push({ start: words[index].start, end: last.end, entries });
      index += count - 1;
      break;
    }
  }
  return candidates;
}

const FEATURE_WEIGHT: Record<string, number> = { COUNTRY: 6, PPLC: 5, AREA: 4.5, ADM1: 4, PPLA: 4, PPLA2: 3, PPLA3: 1.5, PPL: 1, "OCHA-COMMUNITY": 0 };

/**
 * Picks one gazetteer entry per candidate: the article's countries and governorates
 * (from names with a single reading) pull ambiguous names toward them; then rank
 * (capital, province seat …) and population decide.
 */
export function resolvePlaces(candidates: PlaceCandidate[]): Map<PlaceCandidate, GazetteerEntry> {
  const countries = new Map<string, number>();
  const admin1s = new Set<string>();
  for (const candidate of candidates) {
    const codes = new Set(candidate.entries.map((entry) => entry.countryCode));
    if (codes.size === 1) countries.set([...codes][0], (countries.get([...codes][0]) ?? 0) + 1);
    if (candidate.entries.length === 1 && candidate.entries[0].admin1) admin1s.add(candidate.entries[0].admin1);
    for (const entry of candidate.entries) if (entry.featureCode === "ADM1" && entry.admin1) admin1s.add(entry.admin1);
  }
  const resolved = new Map<PlaceCandidate, GazetteerEntry>();
  for (const candidate of candidates) {
    let best = candidate.entries[0];
    let bestScore = -Infinity;
    for (const entry of candidate.entries) {
      const score =
        (FEATURE_WEIGHT[entry.featureCode] ?? 1) +
        Math.log10(entry.population + 1) +
        Math.min(countries.get(entry.countryCode) ?? 0, 3) +
        (entry.countryCode === "SY" ? 1 : 0) +
        (entry.admin1 && admin1s.has(entry.admin1) ? 3 : 0);
      if (score > bestScore) {
        best = entry;
        bestScore = score;
      }
    }
    resolved.set(candidate, best);
  }
  return resolved;
}

export function toPlaceMention(body: string, candidate: PlaceCandidate, entry: GazetteerEntry): PlaceMention {
  return {
    start: candidate.start,
    end: candidate.end,
    text: body.slice(candidate.start, candidate.end),
    name: entry.name,
    country: entry.countryCode,
    lat: entry.lat,
    lon: entry.lon,
    precision: entry.precision,
    placeId: entry.id,
    coordinateSource: entry.source,
  };
}

export function sentenceAt(sentences: Sentence[], offset: number): Sentence {
  return sentences.find((sentence) => offset >= sentence.start && offset < sentence.end) ?? sentences[0];
}
