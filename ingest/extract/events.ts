import { dateRange, type DatePrecision, type PloverType } from "@/lib/vocabulary";
import type { GazetteerEntry } from "../gazetteer";
import { sentenceAt, type Sentence } from "@/lib/sentences";
import { ACTOR_COUNTRY, DEMONYMS } from "./actor-lexicon";
import { EVENT_TRIGGERS } from "./event-triggers";
import type { ActorMention, DateMention, ExtractedEvent, PlaceMention } from "@/lib/extraction-types";

/** Said or signed rather than done on the ground: with no place stated, it happened where the speaker governs from. */
const VERBAL_TYPES = new Set<PloverType>(["AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "OTHER", "SANCTION"]);
/** Force can be reported without a named actor ("clashes killed dozens"): still an event. */
const ACTORLESS_TYPES = new Set<PloverType>(["ASSAULT", "COERCE", "MOBILIZE"]);
/** Older than this before publication, a dated fact is background, not news (docs/extraction.md, "What the extractor is asked to find"). */
const BACKGROUND_DAYS = 365;
/** Sentences that step outside the report: glossaries, corrections, captions of file photos. */
const ASIDE = /^(?:For reference|Note|Read more|Related|Editor's note)\b/i;

/** Most precise first: a town beats the region it is in. */
const PRECISION_RANK: Record<PlaceMention["precision"], number> = { site: 0, village: 0, city: 0, admin2: 1, admin1: 2, country: 3 };

const GEO_PRECISION: Record<PlaceMention["precision"], 1 | 2 | 3> = { site: 1, village: 1, city: 1, admin2: 2, admin1: 3, country: 3 };

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** Mentions grouped by the sentence they start in: one pass, so long articles stay linear. */
function bySentence<T extends { start: number }>(items: T[], sentences: Sentence[]): (sentence: Sentence | undefined) => T[] {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const index = sentenceAt(sentences, item.start).index;
    const group = groups.get(index);
    if (group) group.push(item);
    else groups.set(index, [item]);
  }
  return (sentence) => (sentence ? (groups.get(sentence.index) ?? []) : []);
}

interface EventInputs {
  sentences: Sentence[];
  actors: ActorMention[];
  places: PlaceMention[];
  dates: DateMention[];
  published?: string;
  /** Capitals by country code, for statements with no place of their own. */
  capitals: Map<string, GazetteerEntry>;
}

function capitalAsPlace(capital: GazetteerEntry, sentence: Sentence): PlaceMention {
  // Not a mention in the text: the evidence sentence stands as its span.
  return {
    start: sentence.start,
    end: sentence.start,
    text: "",
    name: capital.name,
    country: capital.countryCode,
    lat: capital.lat,
    lon: capital.lon,
    precision: "city",
    placeId: capital.id,
    coordinateSource: capital.source,
  };
}

/** ", rejecting separatism" (or "… and rejecting"): a participle after a comma or "and" qualifies the main clause; it reports nothing of its own. */
function isTrailingParticiple(text: string, match: RegExpExecArray): boolean {
  return /ing$/i.test(match[0]) && /(?:,|\band)\s*$/.test(text.slice(Math.max(0, match.index - 20), match.index));
}

/** Longer than any clause news writes before its verb; bounds the look back from a trigger. */
const CLAUSE_LOOK_BACK = 300;

/** "nearly 14 years after Syrians rose up in protest": what a clause puts years back is background. */
function isYearsBack(text: string, match: RegExpExecArray): boolean {
  // The clause before the trigger, at most CLAUSE_LOOK_BACK characters: each try scans to the trigger, so an unbounded look made a long sentence quadratic.
  return /\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty) years? (?:after|since|before)\b[^,;]*$/i.test(
    text.slice(Math.max(0, match.index - CLAUSE_LOOK_BACK), match.index),
  );
}

/**
 * Earlier, but undated, so the publication day would be wrong: "in a recent meeting", "had
 * previously agreed", and what a report "comes after" ("The visit comes after the two
 * countries signed …").
 */
const UNDATED_PAST =
  /\b(?:recent(?:ly)?|previously|in the past|(?:comes?|came|follows|followed) (?:\w+ ){0,2}(?:after|on the heels of))\b/i;

/** "a claim the SDF has repeatedly denied": a habit or a standing position, not a dated event. */
function isHabitual(text: string, match: RegExpExecArray): boolean {
  return /\b(?:repeatedly|routinely|regularly|often|always|consistently|long)\s+$/i.test(
    text.slice(Math.max(0, match.index - 16), match.index),
  );
}

/** "Since the ouster of Assad, …": a period's starting point is background to what follows. */
function isSinceClause(text: string, match: RegExpExecArray): boolean {
  return /\bsince (?:the )?$/i.test(text.slice(Math.max(0, match.index - 12), match.index));
}

/** "will reportedly be deployed": a deployment announced for later is not yet a movement on the map. */
function isSpeculative(text: string, match: RegExpExecArray): boolean {
  return /\b(?:will|would|could|may|might|plans? to|to)\s+(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(0, match.index - 40), match.index));
}

/** A flight's destination ("fled to Russia") is not where the flight happened. */
function isDestination(body: string, place: PlaceMention, type: PloverType): boolean {
  return type === "RETREAT" && /\bto\s+(?:the\s+)?$/i.test(body.slice(Math.max(0, place.start - 12), place.start));
}

/**
 * One event per sentence that states one: a PLOVER trigger and an actor (force may go
 * unnamed). The date is the sentence's own, else the publication day (flagged as assumed).
 * The place is the sentence's most precise one; else, for a statement, the speaker's
 * capital; else the nearest place within two sentences (news often says where one
 * sentence later); else the initiator's capital. Repeats of type, date and place are dropped.
 */
export function findEvents({ sentences, actors, places, dates, published, capitals }: EventInputs, body: string): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  const seen = new Set<string>();
  const actorsIn = bySentence(actors, sentences);
  const placesIn = bySentence(places, sentences);
  const datesIn = bySentence(dates, sentences);
  const typesFound = new Map<PloverType, Set<string>>();
  const typesWithAssumedDate = new Set<PloverType>();
  // Without a publication date, the newest date the article mentions stands in for it when
  // telling news from background.
  const newest =
    published ??
    dates
      .map((date) => dateRange(date.value).end)
      .sort()
      .at(-1);
  for (const sentence of sentences) {
    if (ASIDE.test(sentence.text)) continue;
    const trigger = EVENT_TRIGGERS.map(({ type, pattern }) => ({ type, match: pattern.exec(sentence.text) })).find(
      ({ match }) =>
        match &&
        !isTrailingParticiple(sentence.text, match) &&
        !isSinceClause(sentence.text, match) &&
        !isYearsBack(sentence.text, match) &&
        !isHabitual(sentence.text, match),
    );
    if (!trigger?.match) continue;
    if (trigger.type === "MOBILIZE" && isSpeculative(sentence.text, trigger.match)) continue;
    const sentenceActors = [...new Set(actorsIn(sentence).map((mention) => mention.actor))];
    if (!sentenceActors.length) {
      // "Israeli strikes", "Turkish drones": the adjective names who acted.
      const adjective = Object.entries(DEMONYMS).find(([, words]) =>
        words.some((word) => new RegExp(`\\b${word.replace(".", "\\.")}\\b`).test(sentence.text)),
      );
      if (adjective) sentenceActors.push(adjective[0]);
      else if (!ACTORLESS_TYPES.has(trigger.type)) continue;
    }

    const date = datesIn(sentence)[0];
    if (!date && (!published || UNDATED_PAST.test(sentence.text))) continue;
    if (date && newest && daysBetween(dateRange(date.value).end, newest) > BACKGROUND_DAYS) continue;
    // A sentence without a date of its own that repeats a type already found elaborates that event.
    if (!date && (typesWithAssumedDate.has(trigger.type) || typesFound.get(trigger.type)?.has(published!))) continue;
    // Where a statement came from: the capital of the first state actor named (an armed group has none).
    const speakerCountry = sentenceActors.map((actor) => ACTOR_COUNTRY[actor]).find(Boolean);
    const initiatorCapital = speakerCountry ? capitals.get(speakerCountry) : undefined;
    const ownPlaces = placesIn(sentence).filter((place) => !isDestination(body, place, trigger.type));
    const nearby = [1, -1, 2, -2].map((step) => placesIn(sentences[sentence.index + step])[0]).find((place) => place !== undefined);
    const ownBest = ownPlaces.sort((a, b) => PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] || a.start - b.start)[0];
    // A statement or deal "in Syria" was made in its capital, not at the country's centre.
    const countryCapital = ownBest?.precision === "country" && VERBAL_TYPES.has(trigger.type) ? capitals.get(ownBest.country) : undefined;
    const place =
      (countryCapital ? capitalAsPlace(countryCapital, sentence) : ownBest) ??
      (VERBAL_TYPES.has(trigger.type) && initiatorCapital ? capitalAsPlace(initiatorCapital, sentence) : undefined) ??
      nearby ??
      (initiatorCapital ? capitalAsPlace(initiatorCapital, sentence) : undefined);
    if (!place) continue;

    // A visit to a capital involves its government.
    const host = Object.entries(ACTOR_COUNTRY).find(
      ([actor, country]) => actor !== "SYR-ASSAD" && capitals.get(country)?.id === place.placeId,
    )?.[0];
    if (trigger.type === "CONSULT" && host && !sentenceActors.includes(host)) sentenceActors.push(host);

    if (!date) typesWithAssumedDate.add(trigger.type);
    const value = date?.value ?? published!;
    const key = `${trigger.type}|${value}|${place.placeId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    typesFound.set(trigger.type, (typesFound.get(trigger.type) ?? new Set()).add(value));
    events.push({
      type: trigger.type,
      date: value,
      datePrecision: (date?.precision ?? "day") as DatePrecision,
      dateAssumed: !date,
      place: place.name,
      placeId: place.placeId,
      country: place.country,
      placePrecision: place.precision,
      coordinateSource: place.coordinateSource,
      lat: place.lat,
      lon: place.lon,
      geoPrecision: GEO_PRECISION[place.precision],
      actors: sentenceActors,
      evidence: { start: sentence.start, end: sentence.end, text: sentence.text },
      trigger: trigger.match[0],
    });
  }
  return events;
}
