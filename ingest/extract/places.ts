import { distance } from "@turf/turf";
import type { Gazetteer, GazetteerEntry, NameMatch } from "../gazetteer";
import { foldText } from "../fold-text";
import { isArticle, nameKey, nameTokens, normaliseName, skeletonOf, spellingOf, type NameToken } from "../normalise-name";
import type { PlaceMention } from "@/lib/extraction-types";
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from "./calendar-words";

/** A gazetteer name found in the text, before deciding which place it is. */
export interface PlaceCandidate {
  start: number;
  end: number;
  matches: NameMatch[];
  /** Found by its consonants only (spelt otherwise than any name): the reviewer is told so. */
  byConsonants?: boolean;
}

/** "the village of", "the villages of Saida and": what the text calls a village, a name or two before it included. */
const VILLAGE_NAMED = /\b(?:villages?|hamlets?)\s+of\s+(?:[\w'’-]+\s+(?:[\w'’-]+\s+)?(?:,\s*|and\s+))?$/i;
const UNIT_AFTER = /^\s+(?:province|governorate|district|countryside|region)\b/i;
/** More than a village holds: Sidon (160,000) is no "village of Saida". */
const VILLAGE_POPULATION = 50_000;

/** Generic words of Arabic place names ("Tal Abyad", "Bab al-Hawa"): never a place on their own, but the name behind an article ("al-Bab", "Al Qasr"). */
const NAME_OPENERS = new Set(
  [
    "tal",
    "jabal",
    "ayn",
    "dayr",
    "bab",
    "kafr",
    "bayt",
    "umm",
    "abu",
    "ras",
    "khan",
    "qasr",
    "wadi",
    "nahr",
    "mazraa",
    "shaykh",
    "jisr",
    "sahl",
    "qarya",
    "tala",
  ].map(normaliseName),
);

/** Capitalised words that begin sentences or name things, never places in our articles. */
const NOT_PLACES = new Set(
  [
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "this",
    "that",
    "these",
    "those",
    "but",
    "and",
    "however",
    "since",
    "while",
    "after",
    "before",
    "photos",
    "army",
    "said",
    "state",
    "president",
    "minister",
    "ministry",
    "general",
    "defense",
    "security",
    "national",
    "party",
    "forces",
    "council",
    ...WEEKDAYS,
    ...MONTHS,
    // "WASHINGTON, Nov 14 (Reuters)": not the Golan's moshav Nov.
    ...MONTH_ABBREVIATIONS,
    "islamic",
    "democratic",
    "union",
    "republic",
    "new",
    "free",
    "unity",
    "peace",
    "salam",
    "victory",
    "martyrs",
    "prime",
    "chief",
    "foreign",
    "interior",
    "media",
    "news",
    "agency",
    "times",
    "post",
    "daily",
    "today",
    "reuters",
    ...NAME_OPENERS,
  ].map(normaliseName),
);

/** Lower-case words that may open a place name: "northern Syria", "southern Lebanon", "coastal Syria". */
const AREA_OPENERS = /^((north|south|east|west)(ern|-?east(ern)?|-?west(ern)?)?|coastal)$/i;

const WORD = /[\p{L}\d][\p{L}\d'’-]*/gu;

/** The words before a name that make it a governorate's: "the governorate of Deraa", "the province of Idlib", "the countryside of Hasakah". */
const UNIT_OF = /\b(governorate|province|countryside|desert) of $/i;

/** Governorates and towns can be qualified by a direction ("southern Quneitra"); countries' and areas' own names already are. */
const entryIsArea = (matches: NameMatch[]) => matches.some(({ entry }) => entry.precision !== "country" && entry.featureCode !== "AREA");

/** Two to five capital letters: how acronyms are written. */
const isAcronym = (word: string) => /^\p{Lu}{2,5}$/u.test(word);

/** Every longest run of words that names a gazetteer place. */
/**
 * "the al-Bukamal–al-Qaim crossing": a dash the text wrote between two names parts them, though folding made it a
 * hyphen (ingest/fold-text.ts). Offsets stay: each dash becomes one space.
 */
function partedAtDashes(folded: string, body: string): string {
  let parted = "";
  let from = 0;
  for (const dash of body.matchAll(/[–—]/g)) {
    parted += `${folded.slice(from, dash.index)} `;
    from = dash.index + 1;
  }
  return from ? parted + folded.slice(from) : folded;
}

export function findPlaceCandidates(body: string, gazetteer: Gazetteer): PlaceCandidate[] {
  const folded = partedAtDashes(foldText(body), body);
  const words = [...folded.matchAll(WORD)].map((match) => {
    // A possessive ("Syria's", "Damascus'") names the same place; the span leaves the 's out.
    const text = match[0].replace(/'s?$/, "");
    return { start: match.index, end: match.index + text.length, wordEnd: match.index + match[0].length, text, tokens: nameTokens(text) };
  });
  // Whether a word and the next are joined as one name is (by a space or a hyphen; "Syria's coast" too).
  const joinsNext = words.map(
    (word, index) => index + 1 < words.length && /^[ -]$/.test(folded.slice(word.wordEnd, words[index + 1].start)),
  );
  const candidates: PlaceCandidate[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const first = words[index].text;
    // "al-Bab", "ad-Dana": a name behind a lower-case article is capitalised past it.
    if (!/^(?:\p{Ll}{1,3}-)?\p{Lu}/u.test(first) && !AREA_OPENERS.test(first)) continue;
    // The keys of the phrases starting here, shortest first, while a gazetteer name could still be that long.
    const keys: string[] = [];
    const tokens: NameToken[] = [];
    for (let count = 1; count <= gazetteer.maxWords && index + count <= words.length; count += 1) {
      tokens.push(...words[index + count - 1].tokens);
      const key = nameKey(tokens);
      keys.push(key);
      // Two words in, the key's first word no longer changes (a leading "al-" is dropped by then).
      const keyWords = key.split(" ");
      if (!joinsNext[index + count - 1] || (keyWords.length >= 2 && keyWords.length >= (gazetteer.longestFrom.get(keyWords[0]) ?? 0)))
        break;
    }
    for (let count = keys.length; count >= 1; count -= 1) {
      const key = keys[count - 1];
      const last = words[index + count - 1];
      // "Bab" alone opens a name; behind an article, "al-Bab" or "Al Bab", it is the name.
      const opening = words[index].tokens;
      const behindArticle = opening.length > 0 && isArticle(opening[0].plain) && (opening.length > 1 || count > 1);
      if (key.length < 3 || (NOT_PLACES.has(key) && !(behindArticle && NAME_OPENERS.has(key)))) continue;
      // "Ash for a week": a name is capitalised past its article (the OCHA village "For a" is not).
      if (isArticle(first) && count > 1 && !/^\p{Lu}/u.test(words[index + 1].text)) continue;
      // A short word in capitals is an acronym ("SANA", the news agency) unless it spells a name letter for
      // letter ("HOMS" in a dateline): the matcher's tolerance for spellings would read "Sanaa" into it.
      const lower = first.toLowerCase();
      if (
        count === 1 &&
        isAcronym(first) &&
        !gazetteer.byName.get(key)?.some(({ entry }) => entry.names.some((name) => name.toLowerCase() === lower))
      )
        continue;
      // An alternate name of a small foreign place is usually a historic or other-language
      // name ("Beit Jinn" for an Israeli town): too weak to place a Syrian story there.
      // "Door", "Agree", "Sari": a lone word whose key English words share is only a place spelt as it (not Ad Dur, Ağrı, Saree).
      const spelt = count === 1 && gazetteer.lookalikes.has(key) ? spellingOf(first) : undefined;
      const byKey = gazetteer.byName
        .get(key)
        ?.filter(({ entry, primary }) => primary || entry.countryCode === "SY" || entry.population >= 100_000)
        .filter(({ entry }) => spelt === undefined || entry.names.some((name) => spellingOf(name) === spelt));
      // "Jubata al-Khashab" for OCHA's "Jbata Elkhashab": a Syrian name of two words or more, by its consonants.
      const skeleton = byKey?.length ? undefined : skeletonOf(key);
      const spelled = byKey?.length ? byKey : skeleton ? gazetteer.bySkeleton.get(skeleton) : undefined;
      // "eastern Deir ez-Zor": a direction in lower case opens a named area ("eastern Syria"), not the village "Eastern Deir".
      const found =
        AREA_OPENERS.test(first) && /^\p{Ll}/u.test(first) ? spelled?.filter(({ entry }) => entry.featureCode === "AREA") : spelled;
      if (!found?.length) continue;
      // "the governorate of Deraa", "the province of Idlib": the governorate, as "Deraa governorate" is.
      const unitOf = UNIT_OF.exec(folded.slice(Math.max(0, words[index].start - 16), words[index].start));
      const unit = unitOf && gazetteer.byName.get(`${key} ${normaliseName(unitOf[1])}`);
      const matches = unit?.length ? unit : found;
      // "southern Quneitra", "rural Idlib": the same place, said of its part.
      const opener = /(?:^|\s)((?:north|south|east|west|central|rural)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?) $/i.exec(
        folded.slice(Math.max(0, words[index].start - 16), words[index].start),
      );
      const start = unit?.length
        ? words[index].start - unitOf![0].length
        : opener && !AREA_OPENERS.test(first) && entryIsArea(matches)
          ? words[index].start - opener[1].length - 1
          : words[index].start;
      // "the villages of Saida and Mu'alaq": named as a village, it is none of the cities, capitals or areas of its
      // name (Lebanon's Sidon), and unplaced when the gazetteer holds no village of it.
      // "the Yavuzlu village of Kilis province" names the province the village is in.
      const readable =
        VILLAGE_NAMED.test(folded.slice(Math.max(0, start - 64), start)) && !UNIT_AFTER.test(folded.slice(last.end, last.end + 16))
          ? matches.filter(({ entry }) => entry.population < VILLAGE_POPULATION)
          : matches;
      if (readable.length) candidates.push({ start, end: last.end, matches: readable, ...(spelled !== byKey && { byConsonants: true }) });
      index += count - 1;
      break;
    }
  }
  return candidates;
}

const FEATURE_WEIGHT: Record<string, number> = {
  COUNTRY: 6,
  PPLC: 5,
  AREA: 4.5,
  ADM1: 4,
  PPLA: 4,
  PPLA2: 3,
  PPLA3: 1.5,
  PPL: 1,
  "OCHA-COMMUNITY": 0.5,
};
/** Ranks that anchor an article geographically when named: capitals, province seats, governorates, named areas. */
const ANCHOR_FEATURES = new Set(["PPLC", "PPLA", "PPLA2", "ADM1", "AREA"]);
/** Places this close to the article's anchors read as the same story's (a village "in Daraa's countryside"). */
const NEAR_ANCHOR_KM = 60;
const REGION_ANCHOR_KM = 150;

function baseScore({ entry, primary }: NameMatch): number {
  return (
    (FEATURE_WEIGHT[entry.featureCode] ?? 1) +
    Math.log10(entry.population + 1) +
    (primary ? 2 : 0) +
    // The product follows Syria: an ambiguous name leans to the Syrian place.
    (entry.countryCode === "SY" ? 2 : 0)
  );
}

const best = (matches: NameMatch[], score: (match: NameMatch) => number) =>
  matches.reduce((top, match) => (score(match) > score(top) ? match : top));

/** The entry a name was read as, how, and the next best reading (for a reviewer's "why this place"). */
export interface PlaceResolution {
  entry: GazetteerEntry;
  how: string;
  runnerUp?: GazetteerEntry;
}

/**
 * Picks one gazetteer entry per candidate. First by the name alone (rank, population,
 * own name over alternate, Syria first); then the article's anchors — capitals, province
 * seats, governorates, areas it names — pull every ambiguous name toward the places near them.
 */
export function resolvePlaces(candidates: PlaceCandidate[]): Map<PlaceCandidate, PlaceResolution> {
  const first = new Map(candidates.map((candidate) => [candidate, best(candidate.matches, baseScore).entry]));
  // Each anchoring place once, however often it is named: the pull is by place, not by mention.
  const anchorMentions = new Map<string, { entry: GazetteerEntry; mentions: Set<PlaceCandidate> }>();
  for (const candidate of candidates) {
    const entry = first.get(candidate)!;
    if (candidate.matches.length !== 1 && !ANCHOR_FEATURES.has(entry.featureCode)) continue;
    const anchor = anchorMentions.get(entry.id) ?? { entry, mentions: new Set<PlaceCandidate>() };
    anchor.mentions.add(candidate);
    anchorMentions.set(entry.id, anchor);
  }
  const anchors = [...anchorMentions.values()];
  const resolved = new Map<PlaceCandidate, PlaceResolution>();
  for (const candidate of candidates) {
    if (candidate.matches.length === 1) {
      resolved.set(candidate, { entry: candidate.matches[0].entry, how: "the only place of that name" });
      continue;
    }
    const nearness = (entry: GazetteerEntry) => {
      // A place does not anchor itself: only other mentions of it, or other places, count.
      const kms = anchors
        .filter((anchor) => anchor.entry.precision !== "country" && (anchor.mentions.size > 1 || !anchor.mentions.has(candidate)))
        .map((anchor) => distance([entry.lon, entry.lat], [anchor.entry.lon, anchor.entry.lat], { units: "kilometers" }));
      const closest = Math.min(Infinity, ...kms);
      return closest <= NEAR_ANCHOR_KM ? 3 : closest <= REGION_ANCHOR_KM ? 1.5 : 0;
    };
    const score = (match: NameMatch) => baseScore(match) + nearness(match.entry);
    const ranked = [...candidate.matches].sort((a, b) => score(b) - score(a));
    const [chosen, second] = ranked;
    const pulled = nearness(chosen.entry) > nearness(second.entry);
    resolved.set(candidate, {
      entry: chosen.entry,
      how: pulled ? "nearest the other places the article names" : "the largest or best-ranked place of that name",
      runnerUp: second.entry.id !== chosen.entry.id ? second.entry : undefined,
    });
  }
  return resolved;
}

/** No capital, province seat, governorate, named area or country: a town or village, whose short name may open a longer one. */
export const isLocalPlace = (entry: GazetteerEntry) => !ANCHOR_FEATURES.has(entry.featureCode) && entry.featureCode !== "COUNTRY";

/** Too small to be taken for a place unless the text uses it as one ("in", "the village of"). */
export function isMinorPlace(entry: GazetteerEntry): boolean {
  return entry.featureCode === "OCHA-COMMUNITY" || (isLocalPlace(entry) && entry.population < 20_000);
}

export function toPlaceMention(body: string, candidate: PlaceCandidate, { entry, how, runnerUp }: PlaceResolution): PlaceMention {
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
    resolution: {
      how: candidate.byConsonants ? `spelt otherwise, found by its consonants: ${how}` : how,
      ...(runnerUp && { runnerUp: `${runnerUp.name} (${runnerUp.countryCode}, ${runnerUp.source})` }),
    },
  };
}
