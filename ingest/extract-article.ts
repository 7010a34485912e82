import { isDatelinePlace, isLocative, isPartOfOtherName, runsIntoLongerName, SITE_NOUNS } from "./extract/context";
import { findActors, findUnnamedGovernment, isPersonMention } from "./extract/actors";
import { findDates, type DateReference } from "./extract/dates";
import { findEvents } from "./extract/events";
import { findPlaceCandidates, isLocalPlace, isMinorPlace, resolvePlaces, toPlaceMention } from "./extract/places";
import { findRegionMentions } from "./extract/regions";
import type { ActorMention, ArticleMeta, ExtractedEvent, Extraction, PlaceMention, UndatedEvent } from "@/lib/extraction-types";
import { precisionOfDate } from "@/lib/vocabulary";
import { isCityBeyondTheatre, loadGazetteer, type Gazetteer, type GazetteerEntry } from "./gazetteer";
import { sentenceAt, splitSentences } from "@/lib/sentences";
import { MONTH_ABBREVIATIONS } from "./extract/calendar-words";
import { firstIndex } from "@/lib/sorted-search";

/** What `build` makes of a gazetteer, made once per gazetteer (the bundled one is loaded once per process). */
function perGazetteer<T>(build: (gazetteer: Gazetteer) => T): (gazetteer: Gazetteer) => T {
  const made = new WeakMap<Gazetteer, T>();
  return (gazetteer) => {
    if (!made.has(gazetteer)) made.set(gazetteer, build(gazetteer));
    return made.get(gazetteer)!;
  };
}

/** Each country's capital (GeoNames PPLC), by country code. */
const capitalsOf = perGazetteer(
  (gazetteer): Map<string, GazetteerEntry> =>
    new Map(gazetteer.entries.filter((entry) => entry.featureCode === "PPLC").map((entry) => [entry.countryCode, entry])),
);

/** Administrative rank of a gazetteer feature code: a capital outranks a province seat, a seat any other town. */
const SEAT_RANK: Record<string, number> = { PPLC: 5, PPLA: 4, PPLA2: 3, PPLA3: 2, PPLA4: 2 };

/** How large each place is, by gazetteer id: its seat's rank, then its people. */
const placeSizesOf = perGazetteer(
  (gazetteer) =>
    new Map(gazetteer.entries.map((entry) => [entry.id, (SEAT_RANK[entry.featureCode] ?? 0) * 1e8 + Math.min(entry.population, 1e8 - 1)])),
);

interface Spanned {
  start: number;
  end: number;
}

/**
 * The spans of a sorted, non-overlapping list that overlap `span`, found by binary search:
 * an article may hold thousands of mentions, and comparing all pairs would be quadratic.
 */
function overlappingIn<T extends Spanned>(sorted: T[], span: Spanned): T[] {
  const found: T[] = [];
  for (let index = firstIndex(sorted, (item) => item.end > span.start); index < sorted.length && sorted[index].start < span.end; index += 1)
    found.push(sorted[index]);
  return found;
}

/** A month and year a URL's slug ends on: "…-6764663-Jul2025/". */
const SLUG_MONTH = new RegExp(`[-_/](${MONTH_ABBREVIATIONS.join("|")})[a-z]*[-_]?((?:19|20)\\d{2})(?=[-_/.?#]|$)`, "i");

/**
 * What the article's dates are read against: its publication day, else the date its URL
 * carries (/2024/12/8/ a day, /2025/04/ or -Jul2025/ a month: news sites date their paths).
 */
export function dateReference(article: ArticleMeta): DateReference | undefined {
  if (article.published) return { day: article.published };
  const path = article.url?.match(/\/((?:19|20)\d{2})[/-](\d{1,2})(?:[/-](\d{1,2}))?(?=[/-])/);
  if (!path) {
    const slug = article.url?.match(SLUG_MONTH);
    return slug ? { month: `${slug[2]}-${String(MONTH_ABBREVIATIONS.indexOf(slug[1].toLowerCase()) + 1).padStart(2, "0")}` } : undefined;
  }
  const [year, month, day] = [path[1], path[2].padStart(2, "0"), path[3]?.padStart(2, "0")];
  if (Number(month) < 1 || Number(month) > 12) return undefined;
  const candidate = day ? `${year}-${month}-${day}` : undefined;
  if (candidate && precisionOfDate(candidate) === "day") return { day: candidate };
  return { month: `${year}-${month}` };
}

/** A site's noun after a name: "the Nassib border crossing", "the Hmeimim air base", "the Saydnaya military prison". */
const SITE_AFTER = new RegExp(String.raw`^\s+(?:border\s+|air\s+|military\s+)?(?:${SITE_NOUNS.join("|")})\b`, "i");
/** A square's or a street's noun after a name: the name is the square's, not a town's. */
const NAMES_A_STREET = /^[ -](?:Square|Street|Avenue|Roundabout)\b/;
/** A name that ends in a site's noun: "Tishrin Dam", "Damascus International Airport". */
const SITE_NAMED = new RegExp(String.raw`\s(?:${SITE_NOUNS.join("|")})$`, "i");

/** The country most of the article's places lie in (the first named, on a tie). */
function mostCommonCountry(places: PlaceMention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const place of places) counts.set(place.country, (counts.get(place.country) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The most events one article may yield. A report tells of a few (the dev set's densest gold article has 7); a hostile
 * one of thousands would flood the map and hold the store, which groups each event into incidents as it is written
 * (tests/api/access.test.ts: 20,000 drafts of "The strike came a day after clashes in Jaramana." took 84 s to store).
 */
export const MAX_EVENTS_PER_ARTICLE = 200;

/** "northern ", "south-eastern ": a bearing that makes a country's name a part of it. */
const BEARING_BEFORE = /\b(?:north|south|east|west)(?:ern|-?east(?:ern)?|-?west(?:ern)?)\s+$/i;

/** "which dominates", "who control much of": a region named as what an actor holds. */
const HELD_BEFORE =
  /\b(?:dominat|control|hold|run|govern|administer)\w*\s+(?:(?:most|much|parts?|swathes?|large parts)\s+of\s+)?(?:the\s+)?$/i;

/**
 * Turns an article body into places, region mentions, actors, dates and events, each tied
 * to its span. Offline and deterministic: the same body and metadata give the same answer.
 */
export function extractArticle(body: string, article: ArticleMeta = {}, gazetteer: Gazetteer = loadGazetteer()): Extraction {
  const sentences = splitSentences(body);
  const regions = findRegionMentions(body, sentences);
  const reference = dateReference(article);
  const publishedDay = reference && "day" in reference ? reference.day : undefined;
  let actors = findActors(body, publishedDay);
  const { dates, unresolved, relative } = findDates(body, reference);

  // A name that is both a place and an actor ("Damascus", "Russia") is a place where used
  // as one ("fled to Russia") and an actor otherwise ("Damascus welcomed"). Countries,
  // small places (a village may share a person's name) and names inside a region phrase
  // need a locative use; a place joined to a located one ("in Quneitra and Daraa") has one.
  const candidates = findPlaceCandidates(body, gazetteer);
  const resolved = resolvePlaces(candidates);
  const places: PlaceMention[] = [];
  const displaced = new Set<ActorMention>();
  for (const candidate of candidates) {
    const resolution = resolved.get(candidate)!;
    const { entry } = resolution;
    const sentenceStart = sentenceAt(sentences, candidate.start).start;
    if (isPartOfOtherName(body, candidate.start, candidate.end, sentenceStart)) continue;
    // "al-Karama Square", "Baghdad Street": a square or street is named for a word or a city, and stands in another town.
    if (NAMES_A_STREET.test(body.slice(candidate.end, candidate.end + 16))) continue;
    // A name that runs on ("the Qara Qozak bridge", "Saida al Hanout") is a longer name's first word.
    if (entry.featureCode !== "COUNTRY" && runsIntoLongerName(body, candidate.end, sentenceStart, isLocalPlace(entry))) continue;
    // "Quneitra governorate", "the Daraa countryside": the words say it is a place.
    // "the Nassib border crossing", "the Hmeimim air base": a site's noun after a town's name says it too, and one in
    // the name itself ("Tishrin Dam, located some 90 kilometres east of Aleppo").
    const typed =
      /\b(?:governorate|province|countryside)$/i.test(body.slice(candidate.start, candidate.end)) ||
      SITE_NAMED.test(body.slice(candidate.start, candidate.end)) ||
      (entry.precision !== "country" && SITE_AFTER.test(body.slice(candidate.end, candidate.end + 24)));
    const previous = places.at(-1);
    const coordinated = previous !== undefined && /^\s*(?:,|and|or|,\s*and)\s*$/.test(body.slice(previous.end, candidate.start));
    // A dateline's town is where the report was filed, a place ("Ankara (Türkiye): …"), not its government.
    const locative =
      typed ||
      coordinated ||
      isLocative(body, candidate.start, candidate.end, sentenceStart) ||
      isDatelinePlace(body, candidate.start, candidate.end, sentenceStart) ||
      // "the Gara region of northern Iraq": a country's part is a place, never its government.
      (entry.precision === "country" && BEARING_BEFORE.test(body.slice(Math.max(sentenceStart, candidate.start - 16), candidate.start)));
    const actorsHere = overlappingIn(actors, candidate);
    // "eastern Syria" inside "northern and eastern Syria" is the region, not a second place; so is the whole phrase
    // where it names what an actor holds ("the SDF, which dominates northern and eastern Syria").
    const heldRegion = HELD_BEFORE.test(body.slice(Math.max(sentenceStart, candidate.start - 40), candidate.start));
    const inRegionPhrase = overlappingIn(regions, candidate).some(
      (region) =>
        region.start <= candidate.start &&
        region.end >= candidate.end &&
        (region.end - region.start > candidate.end - candidate.start || heldRegion) &&
        (entry.precision === "country" || entry.featureCode === "AREA"),
    );
    // An actor's name inside a longer place name ("Syria" in "southern Syria") does not make the place an actor.
    const namesAnActor = actorsHere.some((actor) => actor.start <= candidate.start && actor.end >= candidate.end);
    // "In Tehran, Masoud Pezeshkian said", "Israel Katz": a name inside a person's is no place, listed or not.
    const inPersonName = actorsHere.some(
      (actor) =>
        isPersonMention(actor) &&
        actor.start <= candidate.start &&
        actor.end >= candidate.end &&
        actor.end - actor.start > candidate.end - candidate.start,
    );
    if (inPersonName) continue;
    const needsLocative =
      namesAnActor || inRegionPhrase || entry.precision === "country" || isMinorPlace(entry) || isCityBeyondTheatre(entry);
    if (needsLocative && !locative) continue;
    // A place inside a longer actor phrase ("the authorities in Damascus") leaves the actor standing.
    for (const actor of actorsHere) if (actor.start >= candidate.start && actor.end <= candidate.end) displaced.add(actor);
    places.push(toPlaceMention(body, candidate, resolution));
  }
  actors = actors.filter((actor) => !displaced.has(actor));
  // "Government forces", "the defence ministry": the government of the country the article's places are in.
  actors = [...actors, ...findUnnamedGovernment(body, mostCommonCountry(places), publishedDay, actors)].sort((a, b) => a.start - b.start);

  const warnings = unresolved.length
    ? [`no publication date: ${unresolved.length} relative date(s) left unresolved (${unresolved.slice(0, 3).join(", ")})`]
    : [];
  const found = findEvents(
    {
      sentences,
      actors,
      places,
      dates,
      relative,
      published: publishedDay,
      capitals: capitalsOf(gazetteer),
      placeSizes: placeSizesOf(gazetteer),
    },
    body,
  );
  if (found.length > MAX_EVENTS_PER_ARTICLE)
    warnings.push(`${found.length} events found: only the first ${MAX_EVENTS_PER_ARTICLE} are kept, as no report tells of more`);
  const kept = found.slice(0, MAX_EVENTS_PER_ARTICLE);
  const events = kept.filter((event): event is ExtractedEvent => !("when" in event));
  const undated = kept.filter((event): event is UndatedEvent => "when" in event);
  return { article, places, regions, actors, dates, events, undated, warnings };
}
