import { dateRange, typeFamilyOf, type DatePrecision, type PloverType } from "@/lib/vocabulary";
import type { GazetteerEntry } from "../gazetteer";
import { sentenceAt, type Sentence } from "@/lib/sentences";
import { isDatelineDate, isDatelinePlace, PLACE_KIND_NOUNS, REPORTED_JUST_BEFORE, REPORTING_VERB, SITE_NOUNS } from "./context";
import { ACTOR_COUNTRY, DEMONYMS, stateOfCountry } from "./actor-lexicon";
import { actorNamed, isPersonMention } from "./actors";
import { EVENT_TRIGGERS, JUDGING_VERBS, NOT_TAKING, PROTEST_PURPOSE } from "./event-triggers";
import { firstIndex } from "@/lib/sorted-search";
import { PLAN_PHRASE } from "./plan-words";
import { findVerbTriggers } from "./verb-triggers";
import {
  DATE_NOT_STATED,
  precisionOfRelative,
  type ActorMention,
  type DateMention,
  type ExtractedEvent,
  type PlaceMention,
  type RelativeDate,
  type Span,
  type UndatedEvent,
} from "@/lib/extraction-types";

/** Said or signed rather than done on the ground: with no place stated, it happened where the speaker governs from. */
const VERBAL_TYPES = new Set<PloverType>(["AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "OTHER", "SANCTION"]);
/** Words one side says of another (talks and deals have two sides). */
const SAID_BY_ONE = new Set<PloverType>(["SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"]);
/** Force can be reported without a named actor ("clashes killed dozens"): still an event. */
const ACTORLESS_TYPES = new Set<PloverType>(["ASSAULT", "COERCE", "MOBILIZE", "PROTEST"]);
/** Kinds told in modals: a demand or a threat is what must or could happen. */
const MODAL_TYPES = new Set<PloverType>(["REQUEST", "THREATEN"]);
/** Older than this before publication, a dated fact is background, not news (docs/extraction.md, "What the extractor is asked to find"). */
const BACKGROUND_DAYS = 365;
/** Before a date told as a period's start: "since December", "since the 2011 uprising". */
const SINCE_BEFORE_DATE = /\bsince\s+(?:the\s+)?$/i;

/** How many days before the news a day may be and still be the news's own (a week and its weekend). */
const RECENT_DAYS = 10;
/** An auxiliary just before a trigger that puts it ahead: "will provide", "is expected to sign". */
const FUTURE_AUXILIARY = new RegExp(String.raw`\b${PLAN_PHRASE}\s+(?:\w+\s+)?$`, "i");
/** How many of a body's first sentences make its lede, which tells the day's news. */
const LEDE_SENTENCES = 3;
/** A state or a happening still going on ("is witnessing a surge", "are fleeing"): no one day's news. */
const ONGOING = /\b(?:is|are)\s+(?:still\s+)?\w+ing\b/i;
/** Sentences that step outside the report: glossaries, corrections, captions of file photos. */
const ASIDE = /^(?:For reference|Note|Read more|Related|Editor's note)\b/i;

/** Where a trigger stands in its sentence: a regular expression's match, or a tagged verb's. */
type TriggerAt = Pick<RegExpExecArray, 0 | "index">;

/** Most precise first: a town beats the region it is in. */
const PRECISION_RANK: Record<PlaceMention["precision"], number> = { site: 0, village: 0, city: 0, admin2: 1, admin1: 2, country: 3 };

const GEO_PRECISION: Record<PlaceMention["precision"], 1 | 2 | 3> = { site: 1, village: 1, city: 1, admin2: 2, admin1: 3, country: 3 };

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/**
 * Mentions grouped by the sentence they start in: one pass, so long articles stay linear. A clause read on
 * its own (a span inside its sentence) gets those it holds, filtered once.
 */
function bySentence<T extends { start: number }>(items: T[], sentences: Sentence[]): (sentence: Sentence | undefined) => T[] {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const index = sentenceAt(sentences, item.start).index;
    const group = groups.get(index);
    if (group) group.push(item);
    else groups.set(index, [item]);
  }
  const clauses = new Map<number, T[]>();
  return (sentence) => {
    if (!sentence) return [];
    const group = groups.get(sentence.index) ?? [];
    if (sentence.start === sentences[sentence.index].start) return group;
    let held = clauses.get(sentence.start);
    if (!held) clauses.set(sentence.start, (held = group.filter((item) => item.start >= sentence.start && item.start < sentence.end)));
    return held;
  };
}

interface EventInputs {
  sentences: Sentence[];
  actors: ActorMention[];
  places: PlaceMention[];
  dates: DateMention[];
  /** Dates only a publication day could fix ("on Friday" in an article that gives none): a happening so dated is drafted undated. */
  relative?: RelativeDate[];
  published?: string;
  /** Capitals by country code, for statements with no place of their own. */
  capitals: Map<string, GazetteerEntry>;
  /** How large each place is, by gazetteer id (its seat's rank, then its people): which of two places locates the other. */
  placeSizes: Map<string, number>;
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

/** A draft's place as a mention of this sentence, spanning none of its text (as a capital standing in does). */
function placeOfDraft(draft: Draft, sentence: Sentence): PlaceMention {
  const { place: name, country, lat, lon, placePrecision: precision, placeId, coordinateSource } = draft;
  return { start: sentence.start, end: sentence.start, text: "", name, country, lat, lon, precision, placeId, coordinateSource };
}

/** "to the area", "in the town", "there": a place the sentence refers back to rather than names. */
const PLACE_REFERRED_BACK =
  /\b(?:(?:the|that|this) (?:area|region|town|city|village|province|governorate|countryside)\b(?! of)|there\b(?! (?:is|are|was|were|has|have|had|will|would)\b))/i;

/** Kinds done where parties meet: a deal or talks with no place of their own follow the meeting just told of. */
const MEETING_TYPES = new Set<PloverType>(["CONSULT", "AGREE", "COOPERATE"]);

/**
 * The draft of talks or a deal among the same parties, placed, in the two sentences before and of the same day if this
 * one states its own: where these were held too. Words one party says just after its talks ("Barrack urged the SDF
 * to integrate") were said there.
 */
function meetingJustBefore(
  drafts: Draft[],
  { type, actors, date }: { type: PloverType; actors: string[]; date: DateMention | undefined },
  sentences: Sentence[],
  sentence: Sentence,
): Draft | undefined {
  const last = drafts.at(-1);
  const reach = sentences[Math.max(0, sentence.index - 2)].start;
  const saidThere = SAID_BY_ONE.has(type);
  if (!(MEETING_TYPES.has(type) || saidThere) || !last || !MEETING_TYPES.has(last.type) || !last.placeStated || last.evidence.start < reach)
    return undefined;
  // "discussed the March 10 deal": a happening of a day of its own was not done at these talks.
  if (date && date.value !== last.date) return undefined;
  const party = saidThere ? last.actors.includes(actors[0]) : actors.some((actor) => last.actors.includes(actor));
  return party ? last : undefined;
}

/** The `reach` characters of `text` before a trigger: what the tests below read, so each is constant-time. */
const textBeforeTrigger = (text: string, match: TriggerAt, reach: number) => text.slice(Math.max(0, match.index - reach), match.index);

/**
 * ", rejecting separatism" (or "… and rejecting"): a participle after a comma or "and" qualifies the main clause; it
 * reports nothing of its own. Nor does one that says what measures or words are about: "sanctions targeting officials".
 */
function isTrailingParticiple(text: string, match: TriggerAt): boolean {
  // ", warning that Israel would not accept …": a participle of speech tells what was said.
  if (!/ing$/i.test(match[0]) || /^(?:warning|threatening|vowing|accusing)$/i.test(match[0])) return false;
  // "before entering the Syrian war", "after taking office": a time clause sets the scene for the main one.
  return /(?:,|\band|\b(?:before|after|since|while|upon)|\b(?:sanctions|measures|laws?|legislation|bills?|decrees?|polic(?:y|ies)|tariffs|restrictions|resolutions?|rhetoric|statements?|reports?))\s*$/i.test(
    textBeforeTrigger(text, match, 20),
  );
}

/** "terrorists who threaten the United States", "groups that attack it": a present tense describing someone, no happening. */
function isDescribingClause(text: string, match: TriggerAt): boolean {
  return (
    /^(?:threaten|attack|target|support|back|oppose|reject|accuse|condemn|strike|fight|kill|seek|use)s?$/i.test(match[0]) &&
    /\b(?:who|that|which)\s+(?:\w+\s+)?$/i.test(textBeforeTrigger(text, match, 24))
  );
}

/** "an end to attacks", "a halt to the shelling": what is named as stopping is no happening. */
function isEnded(text: string, match: TriggerAt): boolean {
  return /\b(?:(?:end|cessation)\s+(?:to|of)|(?:halt|stop|cease)(?:\s+(?:to|of))?)\s+(?:the\s+)?(?:\w+\s+)?$/i.test(
    textBeforeTrigger(text, match, 32),
  );
}

/** Longer than any clause news writes before its verb; bounds the look back from a trigger. */
const CLAUSE_LOOK_BACK = 300;

/** "nearly 14 years after Syrians rose up in protest": what a clause puts years back is background. */
function isYearsBack(text: string, match: TriggerAt): boolean {
  // The clause before the trigger, at most CLAUSE_LOOK_BACK characters: each try scans to the trigger, so an unbounded look made a long sentence quadratic.
  return /\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty) years? (?:after|since|before)\b[^,;]*$/i.test(
    textBeforeTrigger(text, match, CLAUSE_LOOK_BACK),
  );
}

/**
 * Earlier, but undated, so the publication day would be wrong: "in a recent meeting", "had
 * previously agreed", and what a report "comes after" ("The visit comes after the two
 * countries signed …"), but not what it came hours after.
 */
const UNDATED_PAST =
  /\b(?:recent(?:ly)?|previously|in the past|(?:comes?|came|follows|followed) (?!hours\b|minutes\b|(?:a|one) day\b)(?:\w+ ){0,2}(?:after|on the heels of))\b/i;

/**
 * "The ministry said overnight that Hezbollah had abducted three soldiers", "the army said on Saturday it had foiled":
 * a report shifts its news back a tense, so a past perfect there is what was reported, not background (not "had
 * been negotiating", which ran on).
 */
const BACKSHIFTED_BEFORE =
  /\b(?:said|announced|reported|stated|confirmed|claimed|added)\b[^.;"“”]{0,60}?\s(?:that\s+)?[^.;,"“”]{0,60}\bhad\s+(?:\w+ly\s+)?$/i;

/** "called his Syrian counterpart", "in a phone call", "spoke by phone": talks held at a distance, at no place of the news. */
const BY_PHONE =
  /\b(?:(?:tele)?phone[ds]?\b|phone call|video (?:call|link|conference)|called (?:his|her|their) [\w-]+ (?:counterpart|president|prime minister))/i;

/** "a claim the SDF has repeatedly denied": a habit or a standing position, not a dated event. */
function isHabitual(text: string, match: TriggerAt): boolean {
  return (
    /\b(?:repeatedly|routinely|regularly|often|always|consistently|long)\s+$/i.test(textBeforeTrigger(text, match, 16)) ||
    // "Netanyahu has repeatedly said Israel will remain …": what someone keeps saying is a stance, not a happening.
    HABITUAL_SAYING.test(textBeforeTrigger(text, match, 120)) ||
    // "About 900 US troops are deployed in the region": a standing deployment.
    /\b(?:are|is|remain|remains)\s+(?:still\s+)?(?:deployed|stationed|based)$/i.test(textBeforeTrigger(text, match, 24) + match[0])
  );
}

/** A stance told by a perfect of saying with a frequency: "has repeatedly said", "have long insisted". */
const HABITUAL_SAYING =
  /\b(?:has|have|had)\s+(?:repeatedly|long|often|consistently|frequently)\s+(?:said|insisted|vowed|warned|argued|maintained|demanded|accused|denied|called)\b/i;

/** "Since the ouster of Assad, …": a period's starting point is background to what follows. */
function isSinceClause(text: string, match: TriggerAt): boolean {
  // Not the adverb: "has since called the meeting a turning point".
  return /(?<!\b(?:has|have|had|ever) )\bsince (?:the )?(?:[\w-]+ ){0,2}$/i.test(textBeforeTrigger(text, match, 32));
}

/** "will reportedly be deployed": a deployment announced for later is not yet a movement on the map. */
function isSpeculative(text: string, match: TriggerAt): boolean {
  return /\b(?:will|would|could|may|might|plans? to|to)\s+(?:\w+\s+){0,2}$/i.test(textBeforeTrigger(text, match, 40));
}

/**
 * The modal a trigger is said in: "must withdraw", "should halt" ask for it; "cannot be subjected to
 * attack", "could face strikes" say what may be. Neither reports what happened.
 */
function modalOf(text: string, match: TriggerAt): "obligation" | "possibility" | undefined {
  const modal = /\b(can(?:not)?|can't|could|should|must|might|may)\s+(?:not\s+)?(?:\w+\s+){0,4}$/i.exec(textBeforeTrigger(text, match, 48));
  if (!modal) return undefined;
  return /^(?:should|must)$/i.test(modal[1]) ? "obligation" : "possibility";
}

/**
 * Where a happening was aimed, not where it happened: a flight's destination ("fled to Russia"), a
 * sanctions target ("lift sanctions on Syria", decided in Washington or announced in Riyadh).
 */
function isDestination(body: string, place: PlaceMention, type: PloverType): boolean {
  const before = body.slice(Math.max(0, place.start - 24), place.start);
  if (type === "RETREAT") return /\b(?:to|towards?)\s+(?:the\s+)?$/i.test(before);
  return (type === "SANCTION" || type === "CONCEDE") && /\bsanctions\s+(?:on|against)\s+(?:the\s+)?$/i.test(before);
}

/**
 * What joins a trigger to the place it names: "visit to", "clashes in the town of", "struck positions near". Read
 * from the trigger's end to the place, so at most two words come between.
 */
const TRIGGER_PLACE_LINK =
  /^\s+(?:[\w'’-]+\s+){0,2}?(?:to|in|into|at|near|on)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+)?(?:capital|city|town|village)(?:\s+of)?\s+)?$/i;

/** Where a state is governed from, which stands in its capital: "Syria's presidential palace". */
const SEAT_OF_STATE = /\b(?:presidential (?:palace|complex)|People['’]s Palace)\b/i;

/** "the dam", "the camp", "the crossing" (not "the dam of …"): a site the text named before, named again by its kind. */
const SITE_REFERRED_BACK = new RegExp(String.raw`\bthe\s+(${SITE_NOUNS.join("|")})\b(?!\s+of\b)`, "i");

/** Per site noun, a mention ending in it ("Tishrin Dam") and the words after a mention it starts ("Nassib border crossing"). */
const SITE_NAMING = new Map(
  SITE_NOUNS.map((noun) => [
    noun,
    [new RegExp(String.raw`(?:^|\s)${noun}s?$`, "i"), new RegExp(String.raw`^\s+(?:border\s+)?${noun}\b`, "i")],
  ]),
);

/** Whether a place mention names a site of this kind. */
function namesSite(body: string, place: PlaceMention, noun: string): boolean {
  const [ending, after] = SITE_NAMING.get(noun)!;
  return ending.test(place.text) || after.test(body.slice(place.end, place.end + 24));
}

/** Between a site's name and the place it stands in: "… Square in the city of", "… Hospital in". */
const SITE_IN = new RegExp(
  String.raw`^\s+(?:${SITE_NOUNS.join("|")})s?\s+(?:in|of)\s+(?:the\s+(?:[\w'’-]+\s+)?(?:city|town|village)\s+of\s+)?$`,
  "i",
);

/** What made a draft, for its confidence and the reviewer's "why". */
interface DraftReasons {
  trigger: string;
  /** Found by the worded triggers (event-triggers.ts) rather than a verb's lemma alone. */
  worded: boolean;
  place: string;
  placeInSentence: boolean;
  date: string;
  planned: boolean;
}

/** A draft event, whether the text named its place (else a capital stands in), and why it was drafted. */
type Draft = Omit<ExtractedEvent, "planned" | "confidence" | "reasons"> & {
  placeStated: boolean;
  /**
   * How the trigger refers: "back" ("the attack" with no actor named) only restates an earlier happening;
   * "definite" ("Damascus condemned the attack") may restate one, and its actors are the reaction's, not the
   * happening's; "another" ("Israel also struck …") is one more happening, never a restatement.
   */
  reference: "plain" | "definite" | "back" | "another";
  /** The noun a happening named again as the subject goes by ("the operation targeted …"): it restates one told so. */
  namedAs?: string;
  /** The date the sentence gives that the article cannot fix (then `date` is empty): "on Friday", without a publication day. */
  when?: RelativeDate;
  why: DraftReasons;
};

/** "Quneitra" as written in the sentence: Al Qunaytirah (GeoNames 173334), the only place of that name. */
function describePlace(place: PlaceMention, where: string): string {
  const runnerUp = place.resolution?.runnerUp ? `; next best: ${place.resolution.runnerUp}` : "";
  return `"${place.text}" ${where}: ${place.name} (${place.coordinateSource})${place.resolution ? `, ${place.resolution.how}` : ""}${runnerUp}`;
}

/**
 * How sure a draft is, 0–1, from what it rests on: a worded trigger over a verb alone, a date and a
 * place the sentence states, named actors and a restatement all add; a plan not yet carried out takes away.
 * The weights order drafts for review (docs/extraction.md); they are not probabilities.
 */
function confidenceOf(draft: Draft): number {
  const { why } = draft;
  let score = 0.35 + (why.worded ? 0.2 : 0.1);
  if (!draft.dateAssumed && !draft.when) score += 0.15;
  if (why.placeInSentence) score += 0.15;
  else if (draft.placeStated) score += 0.05;
  if (draft.actors.length) score += 0.05;
  if (draft.restatedIn?.length) score += 0.1;
  if (why.planned) score -= 0.1;
  return Math.round(Math.min(0.95, Math.max(0.05, score)) * 100) / 100;
}

/** How far from a trigger the words that tie a date to a report are looked for. */
const CLAUSE_REACH = 240;
/** "denied reports … that", "said that": what follows is what was told, with its own dates. */
const REPORTED_CLAUSE =
  /\b(?:reports?|claims?|rumou?rs?|allegations?|said|says|denied|denies|announced|stated|warned|insisted)\b[^.;]*?\b(?:that|whether)\b/i;

/** Between a judge and the deed judged: "condemned the Israeli", "blamed the Islamic State group for a suicide", "accused Israel of the". */
const JUDGED_BEFORE = new RegExp(
  String.raw`^[^.;]*\b(?:${JUDGING_VERBS})\s+(?:[^.;]{0,60}?\b(?:for|of)\s+)?(?:the\s+|an?\s+|this\s+)?(?:[\w-]+\s+){0,3}$`,
  "i",
);

/** Characters between a mention and a point of the text. */
const distanceTo = (span: { start: number; end: number }, at: number) => (at < span.start ? span.start - at : Math.max(0, at - span.end));

/** A weekday read as the latest before publication; a planned happening means the next one ("is scheduled to meet … on Wednesday"). */
function aheadIfPlanned(date: DateMention, published: string): DateMention {
  if (!/^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i.test(date.text) || date.value >= published) return date;
  const ahead = new Date(Date.parse(date.value) + 7 * 86_400_000).toISOString().slice(0, 10);
  return { ...date, value: ahead };
}

/** "Sources in Jordan said …", "officials in Ankara told …": where the speakers are, not where it happened. */
function isSpeakersPlace(body: string, place: PlaceMention): boolean {
  return (
    /\b(?:sources?|officials?|diplomats?|residents?|activists?|media|reporters?|journalists?|correspondents?|analysts?|observers?)\s+(?:based\s+)?(?:in|from)\s+$/i.test(
      body.slice(Math.max(0, place.start - 40), place.start),
    ) && /^[^.;]{0,24}?\b(?:said|say|says|told|reported|claimed|confirmed)\b/i.test(body.slice(place.end, place.end + 40))
  );
}

/** A place in the dateline a report opens with: where it was filed, not where its news happened. */
const isDateline = (body: string, place: PlaceMention, sentence: Sentence) => isDatelinePlace(body, place.start, place.end, sentence.start);

/**
 * The actor a passive trigger was done by: "was destroyed by Syrian artillery", "were killed by the
 * SDF", or a deed named as a noun: "an attack by Turkish-backed factions". A mention just after "by",
 * else a demonym there.
 */
function passiveAgent(sentence: Sentence, match: TriggerAt, mentions: ActorMention[]): string | undefined {
  const after = match.index + match[0].length;
  // "repelled an attack by Turkish-backed factions": a deed named as a noun, then who did it.
  const nounBy =
    /\b(?:an?|the)\s+(?:[\w-]+\s+)?$/i.test(textBeforeTrigger(sentence.text, match, 24)) && /^\s+by\s/i.test(sentence.text.slice(after));
  if (!nounBy && !/\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$/i.test(textBeforeTrigger(sentence.text, match, 24)))
    return undefined;
  // "were killed when ISIS cells ambushed their vehicle": who acts in the clause the deaths came in did it too.
  const by = /^\s+(?:[\w-]+\s+){0,3}?(?:by|when|as)\s+(?:an?\s+|the\s+)?/i.exec(sentence.text.slice(after, after + 60));
  if (!by) return undefined;
  const at = sentence.start + after + by[0].length;
  const named = mentions.find((mention) => mention.start === at);
  if (named) return named.actor;
  const word = /^[\w.]+/.exec(sentence.text.slice(after + by[0].length))?.[0];
  return Object.entries(DEMONYMS).find(([, words]) => words.includes(word ?? ""))?.[0];
}

/** ", who ruled Syria for 25 years,": a non-restrictive relative clause, commas on both sides. */
const RELATIVE_ASIDE = /,\s+(?:who|whose|which)\b[^,;]{0,160},/gi;

/** The mentions outside every aside; both lists in text order, walked together so a long sentence stays linear. */
function outsideAsides<T extends { start: number; end: number }>(mentions: T[], asides: { start: number; end: number }[]): T[] {
  let next = 0;
  return mentions.filter((mention) => {
    while (next < asides.length && asides[next].end <= mention.start) next += 1;
    const aside = asides[next];
    return !(aside && mention.start >= aside.start && mention.end <= aside.end);
  });
}

/** Nouns of places a demonym may stand before without naming who acted. */
const PLACE_NOUNS = `(?:${[...PLACE_KIND_NOUNS, "soil", "side", "airspace", "waters"].join("|")})s?\\b`;

/** A title with no name: "the former president", "the foreign minister". */
const TITLE_REFERENCE =
  /\b[Tt]he (?:former |ousted |deposed |late |new |interim )?(?:president|prime minister|(?:foreign|defen[cs]e|interior) minister|minister|leader|ruler|commander|envoy|king|emir|crown prince)\b/;

/** "Such attacks have become frequent": a kind of happening, not one ("the first such delivery" is one). */
const SUCH_BEFORE = /(?<!\b(?:first|second|third|last|latest|only)\s+)\bsuch\s+(?:[\w-]+\s+)?$/i;

/**
 * ", where thousands of detainees were tortured and killed under the former government": what a place is known for,
 * told to its sentence's end. Where such a clause opens (past the last semicolon), or -1: found once per sentence.
 */
function trailingWhereAt(text: string): number {
  const from = text.lastIndexOf(";") + 1;
  const where = /,\s+where\b/i.exec(text.slice(from));
  return where ? from + where.index : -1;
}

/** "in the latest of a series of incursions": the kind the news is one of, not a happening of its own. */
const SERIES_OF =
  /\b(?:latest|last|newest|most recent|one|part)\s+(?:in|of)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:series|string|wave|spate|chain|run)\s+of\s+(?:[\w-]+\s+){0,2}$/i;

/** "The troops", "the Israeli forces", "The force, made up of four vehicles": a force named again, at the head of its clause. */
const FORCE_REFERENCE =
  /(?:^|[.;:,]\s+)[Tt]he (?:[\w-]+ )?(?:troops|forces?|soldiers|army|units?|patrols?|convoy|militants|fighters|gunmen)\b/;

/** "weighs whether to lift sanctions", "weighs easing sanctions", "is considering lifting": a choice not yet made. */
const WHETHER_BEFORE = /\b(?:whether\s+(?:or\s+not\s+)?to|(?:weigh|consider|mull|debat)\w*)\s+$/i;

/** "the commander responsible for attacks on checkpoints", "the cell behind the bombing": a happening told of to describe someone. */
const RESPONSIBLE_FOR = /\b(?:responsible for|behind|involved in|involvement in|role in)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?$/i;

/**
 * "a cell that was planning attacks on churches", "plotting to bomb", "threatening to strike": a happening intended
 * or threatened, not done (the threat is news of its own).
 */
const PLOTTED_BEFORE =
  /\b(?:plann(?:ing|ed)|plott(?:ing|ed)|prepar(?:ing|ed)\s+(?:to|for)|intend(?:ing|ed)\s+to|conspir(?:ing|ed)\s+to|(?:threat(?:en(?:ing|ed|s)?)?|vow(?:ing|ed|s)?)\s+(?:on\s+\w+\s+)?to)\s+(?:to\s+)?(?:(?:carry\s+out|launch|stage|conduct)\s+)?(?:\w+\s+){0,2}$/i;

/** "at a weekly press briefing in Ankara", "told a news conference in Baghdad": where words were said. */
const TOLD_AT =
  /\b(?:(?:press|news|media)\s+(?:briefing|conference)|briefing|speech|address|interview|statement)\s+(?:(?:held|given|made)\s+)?(?:in|at)\s+(?:the\s+)?$/i;

const isToldAt = (body: string, place: PlaceMention) => TOLD_AT.test(body.slice(Math.max(0, place.start - 48), place.start));

/** "calling on the United States", "urged Israel": who a request is made to. */
const ADDRESSED_BEFORE = /\b(?:call(?:ed|s|ing)?\s+on|urg(?:ed|es|ing)|appeal(?:ed|s|ing)?\s+to)\s+(?:the\s+)?$/i;

/** "the border with Lebanon", "its borders with Iraq and Jordan": the country a border is shared with. */
const BORDER_WITH = /\bborders?\s+with\s+(?:\p{Lu}\p{L}+,?\s+(?:and\s+)?)?$/u;

/** "The roadmap provides for the withdrawal of heavy weapons", "a deal under which Türkiye will supply gas": what a plan or deal lays down, not a happening. */
const PROVIDED_FOR = /\b(?:provides?\s+for|stipulates?|envisages?|under\s+which)\b[^.;]*$/i;

/** "a deadline set under the November ceasefire agreement": the deal a thing is done under, named as its frame, not news. */
const UNDER_DEAL = /\bunder\s+(?:the|a|an|this|that|its)\s+(?:[\w-]+\s+){0,3}$/i;

/** "no strikes were reported", "without clashes", "would respond to any attack": a happening named as not having happened. */
const NONE_BEFORE = /\b(?:no|without|any)\s+(?:\w+\s+)?$/i;
/** "will continue until the last terrorist is neutralised": a happening named as the end of another, not yet come. */
const UNTIL_BEFORE = /\buntil\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:is|are)\s+$/i;

/** Each state's demonyms as a pattern around them: `around(alternation)` gives the source. */
const demonymPatterns = (around: (alternation: string) => string) =>
  Object.entries(DEMONYMS).map(
    ([actor, words]) => [actor, new RegExp(around(words.map((word) => word.replaceAll(".", "\\.")).join("|")))] as const,
  );

/** "Israeli strikes", "Turkish drone strikes": the state whose demonym stands just before a word of force. */
const DEMONYM_BEFORE = demonymPatterns((demonym) => String.raw`(?:^|\s)(?:${demonym})\s+(?:air\s+|drone\s+|missile\s+|artillery\s+)?$`);
const demonymBefore = (text: string) => DEMONYM_BEFORE.find(([, pattern]) => pattern.test(text))?.[0];

/**
 * Who report or rescue, never a party: "the Syrian Observatory for Human Rights", "Syrian state media", "the Syrian
 * Civil Defence", "local Syrian sources", "Lebanese security sources".
 */
const WATCHER_NOUNS = String.raw`(?:[Oo]bservatory|Network for|[Cc]ivil [Dd]efen[cs]e|[Rr]ed [Cc]rescent|(?:state\s+)?(?:news|media|television|TV)\b|(?:(?:[Ss]ecurity|[Mm]ilitary|[Ll]ocal|[Mm]edical)\s+)?(?:[Ss]ources?|[Aa]ctivists?|[Rr]esidents?|[Ww]itnesses|[Jj]ournalists?)\b)`;

/** "Syrian rebels", "Syrian civilians", "a Syrian Air plane": a country's people and airline, which are not its state. */
const PEOPLE_NOT_STATE = String.raw`(?:[Rr]ebels?|[Oo]pposition|[Ii]nsurgents?|dissidents?|civilians|refugees|protesters|demonstrators|(?:Air|Airlines|Airways)\b(?!\s+[Ff]orce))\b`;

/**
 * "Israeli strikes", but not "the Syrian village of Hermel", "the Syrian Observatory" nor "the Syrian rebels": a demonym
 * anywhere but before a place, a watcher, or a people or firm apart from the state.
 */
const DEMONYM_NOT_OF_PLACE = demonymPatterns(
  (demonym) => String.raw`\b(?:${demonym})\b(?!\s+(?:${PLACE_NOUNS}|${WATCHER_NOUNS}|${PEOPLE_NOT_STATE}))`,
);

/** "since the fall of", "after the ouster of former President": a time told by someone's fall. */
const FALL_BEFORE =
  /\b(?:since|after|before)\s+(?:(?:the\s+)?(?:fall|ouster|overthrow|toppling|collapse)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}|(?:[\w'’-]+\s+){0,4}(?:toppled|ousted|overthrew|deposed)\s+)$/i;

/** "since Assad was toppled", "after the president fled": a time told by someone's fall, told as a clause. */
const SINCE_BEFORE = /\b(?:since|after|before|until)\s+(?:(?:former|ousted)\s+)?(?:president\s+)?$/i;
const FALLEN_AFTER = /^\s+(?:(?:was|were)\s+(?:toppled|ousted|overthrown|deposed|removed)|fled|fell)\b/;
/** "Syria's civil defence", "Syria's state news agency": a state named only as the watchers' owner. */
const WATCHERS_OF = new RegExp(String.raw`^['’]s?\s+${WATCHER_NOUNS}`);

/** "also struck", "also said it attacked", "similar protests", "further strikes": one more happening. */
const ALSO_BEFORE = /\b(?:also\s+(?:\w+\s+){0,2}|(?:similar|other|further|fresh)\s+)$/i;

/** "The meeting", "this attack": a happening the text has told of before. */
const DEFINITE_BEFORE = /\b(?:the|this|that|these|those)\s+$/i;
const isNamedAgain = (text: string, match: TriggerAt) => DEFINITE_BEFORE.test(textBeforeTrigger(text, match, 8));

/** The rest of a trailing reporting clause after its speaker's first word: " envoy Tom Barrack said Friday". */
const TRAILING_SAID = /^[\w.'’\s-]{0,40}?\b(?:said|says|told|announced|stated|added|reported)\b/;

/** "U.S. envoy", "a Turkish official": who speaks for a state without acting for it. */
const REPORTER_TITLE = /\b(?:envoy|official|spokes(?:man|woman|person)|source|diplomat|ambassador)s?$/i;

/** "for 2025", "for 2025 and 2026", "for the year 2026": the period a pledge or budget covers. */
const FOR_PERIOD = /\bfor\s+(?:the\s+(?:years?\s+)?|\d{4}\s+and\s+)?$/i;

/** Movements, whose place may be where they set out from ("withdrew from Syria"). */
const MOVING_TYPES = new Set<PloverType>(["RETREAT", "MOBILIZE"]);

/** "an agreement on Tuesday in Ankara for the", "a deal to": what follows is what the deal is for. */
const DEAL_CONTENT =
  /\b(?:agreements?|deals?|accords?|memorand(?:um|a)(?: of understanding)?|contracts?|protocols?)\s+(?:[\w-]+\s+){0,5}?(?:on|for|to|over|covering)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i;

/**
 * "after deadly clashes", "following talks", "amid strikes", "ahead of talks", "follows an agreement", "in response to
 * Israeli strikes": a clause a happening is told to come after, during, before or because of.
 */
const RESPONSE_WORDS = String.raw`in (?:response|retaliation|reply) (?:to|for)`;
const AFTER_WORDS = String.raw`after|following|follows|followed(?!\s+by)|amid|amidst|ahead of|${RESPONSE_WORDS}`;
const AFTER_WORD = new RegExp(String.raw`\b(?:${AFTER_WORDS})\s+(?:[\w-]+\s+){0,14}$`, "i");
/** "in response to", "in retaliation for": where the happening a trigger answers is told. */
const RESPONSE_OPENING = new RegExp(String.raw`\b${RESPONSE_WORDS}\b`, "i");
/** ", it said on Thursday", ", the ministry said": who reported what a clause told, at its end. */
const REPORTING_TAIL = /,\s+(?:[\w'’-]+\s+){0,4}?(?:said|says|told|reported|announced|added)\b/i;
/** Where such a clause opens past a trigger. */
const AFTER_OPENING = new RegExp(String.raw`\b(?:${AFTER_WORDS})\b`, "i");

/** "As the meeting was wrapping up, …", "Meanwhile, after talks in Ankara, …": a time clause opening a sentence. */
const LEADING_CLAUSE = /^(?:(?:Meanwhile|However|Earlier|Later),\s+)?(?:as|while|after|following|before|when|once)\s[^,;]{3,120},\s/i;

/** What a request asks for: "push for the lifting of", "called for the withdrawal of". */
const ASKED_FOR = /\b(?:call(?:ed|s|ing)?|push(?:ed|es|ing)?)\s+for\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$/i;

/** From a request to what it asks be done: "called on Israel to withdraw its forces … and to respect the". */
const ASKED_TO = /^[\w-]+\s+[^.;:]{0,160}?\bto\s[^.;:]*$/i;

/** "to fight the Islamic State group", "combating ISIS", "the fight against the PKK": whom a purpose is aimed against. */
const FIGHT_AGAINST =
  /\b(?:to\s+(?:fight|combat|counter|confront|tackle|defeat|eliminate)|combating|countering|(?:fight|war|campaign|battle)\s+against)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

/** What talks were about: "to discuss electricity supplies", "talks on arms deliveries", "discussed the border, the fight against IS". */
const TALKED_ABOUT =
  /\b(?:discuss(?:ed|es|ing)?|talks\s+(?:on|about)|focused\s+on|regarding|concerning)\s+(?:the\s+)?(?:[\w-]+,?\s+){0,10}$/i;

/** Where what a protest is against opens, past its trigger. */
const PROTEST_OBJECT = new RegExp(String.raw`\b(?:against|over|${PROTEST_PURPOSE})\b`, "i");

/**
 * What a protest was against: "took to the streets to protest against Turkish drone attacks", "rallied over the
 * killings", "took to the streets of Qamishli to denounce Turkish drone strikes".
 */
const PROTESTED_AGAINST = new RegExp(
  String.raw`\b(?:(?:protest\w*|demonstrat\w*|rall(?:y|ied|ies|ying))\s+(?:against|over|at|of)|${PROTEST_PURPOSE})\s+(?:the\s+)?(?:[\w-]+\s+){0,8}$`,
  "i",
);

/** Whether `later`, a trigger past `earlier` in the sentence, stands in an after-clause that opens past `earlier`. */
function isAfterClause(text: string, earlier: TriggerAt, later: TriggerAt): boolean {
  const from = Math.max(0, later.index - 120);
  const opening = AFTER_WORD.exec(text.slice(from, later.index));
  return opening !== null && from + opening.index > earlier.index;
}

/**
 * Past a deed of force named again ("The strike came after two days of clashes"), the next trigger of its kind in an
 * after-clause, not itself named again.
 */
function forceFollowed(
  text: string,
  named: { type: PloverType; match: TriggerAt | null },
  usable: (match: TriggerAt) => boolean,
): { type: PloverType; match: TriggerAt } | undefined {
  if (!FORCE_TYPES.has(named.type) || !isNamedAgain(text, named.match!)) return undefined;
  const from = named.match!.index + named.match![0].length;
  const found = EVENT_TRIGGERS.find(({ type }) => type === named.type)!.pattern.exec(text.slice(from));
  if (!found) return undefined;
  const match = { 0: found[0], index: found.index + from } as TriggerAt;
  return isAfterClause(text, named.match!, match) && !isNamedAgain(text, match) && usable(match) ? { type: named.type, match } : undefined;
}

/** "The operation targeted", "the attack also killed": a happening told before, named again as a verb's subject. */
const HAPPENING_AS_SUBJECT =
  /(?:^|[.;:,]\s+|\b(?:said|says|added|that)\s+)(?:the|this|that)\s+(?:[\w-]+\s+)?(operation|attack|strikes?|raid|offensive|campaign|bombing|assault|shelling|incursion|ambush|blast|explosion)\s+(?:also\s+|reportedly\s+)?$/i;

/** A present perfect: "has carried out", "have been killed". */
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|ne|t|wn|un|ught)\b/i;

/**
 * What makes a present perfect a running total or a state: a span ("since …", "for months", "over the past year"),
 * a count of happenings or their frequency ("has kept up near-daily strikes").
 */
const RUNNING_SPAN =
  /\b(?:since|for (?:(?:several|many|a few|some|two|three|\d+)\s+)?(?:weeks|months|years|decades)|over the (?:past|last)|in (?:the )?(?:past|recent) (?:weeks|months|years)|(?:hundreds|dozens|thousands|scores) of(?!\s+(?:troops|soldiers|personnel)\b)|(?:near-|almost\s+)?(?:daily|nightly|weekly|regular|frequent|repeated))\b/i;

/**
 * "Since the fall of Assad, Israel has carried out hundreds of strikes", "Moscow has been negotiating for months":
 * a running total or a state, not a happening (the since-clause's own verb still reports one).
 */
function isRunningTotal(text: string, triggerAt: number): boolean {
  const perfect = PRESENT_PERFECT.exec(text);
  return perfect !== null && triggerAt >= perfect.index && RUNNING_SPAN.test(text);
}

/**
 * Verbs of taking, whose object tells ground ("captured the town of Tal Rifaat") from people or goods ("seized weapons");
 * not the idioms "took place", "took part", "took office".
 */
const TAKING = new RegExp(
  String.raw`\b(?:(?:re)?(?:took|taken|taking)${NOT_TAKING}|seized|(?:re)?captured|overr(?:an|un)|regained)\s+`,
  "giu",
);
/** What may stand between a verb of taking and the place taken: "control of", "the town of", "Syria's second-largest city,". */
const TO_THE_GROUND =
  /^(?:(?:full\s+)?control\s+(?:of|over)\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?(?:(?!(?:in|at|near|from|to|on|by|with|and|after)\s)[\p{L}-]+\s+){0,2}?(?:(?:city|town|village|capital|strategic|key)(?:\s+of)?,?\s+)?$/iu;
/** Ground no name is given for: "took control of the dam", "seized the base". */
const GROUND_NOUN =
  /^(?:(?:full\s+)?control\s+(?:of|over)\s+)?(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}?(?:city|town|village|capital|territory|district|neighbou?rhood|base|airport|air\s+base|dam|prison|hill|crossing|checkpoint)s?\b/iu;
/** How far past a verb of taking the place taken may begin (its noun may end twice as far). */
const GROUND_REACH = 48;

/**
 * "captured the town of Tal Rifaat", "they took Hama and Homs": ground taken is fought for, an assault
 * (the gold files' and ACLED's coding of territory changing hands), where people and goods seized are
 * coercion. The verb of taking, when a place or a noun of ground follows it.
 */
function groundTaken(sentence: Sentence, places: PlaceMention[]): TriggerAt | undefined {
  // Verbs and places both in text order, walked together: a sentence of thousands of each stays linear.
  let next = 0;
  for (const taking of sentence.text.matchAll(TAKING)) {
    const after = taking.index + taking[0].length;
    const stretch = sentence.text.slice(after, after + 2 * GROUND_REACH);
    while (next < places.length && places[next].start - sentence.start < after) next += 1;
    let named = false;
    for (let index = next; index < places.length && places[index].start - sentence.start - after <= GROUND_REACH; index += 1) {
      const place = places[index];
      named ||= place.precision !== "country" && TO_THE_GROUND.test(stretch.slice(0, place.start - sentence.start - after));
    }
    if (named || GROUND_NOUN.test(stretch)) return { 0: taking[0].trimEnd(), index: taking.index };
  }
  return undefined;
}

/** "detained 12 suspects in raids", "raided a factory and seized pills": a raid that arrests or seizes is coercion, not an attack. */
const ARRESTS = /\b(?:suspects?|detain\w*|arrest\w*|apprehend\w*|captured|caught|custody|rounded up|seiz(?:ed|ing)|confiscat\w*)\b/i;

/** Force is done at a place: several places hit in one sentence are several events (docs/extraction.md). */
const FORCE_TYPES = new Set<PloverType>(["ASSAULT", "COERCE"]);
/**
 * What is done at each place it is told of: force, protests ("protests in Shahba and Salkhad" are two) and
 * withdrawals ("withdrew from the towns of Deir Hafer and Maskana" hands over two).
 */
const DONE_AT_EACH_PLACE = new Set<PloverType>([...FORCE_TYPES, "PROTEST", "RETREAT"]);

const radians = Math.PI / 180;
/** Farthest a place a possessive names ("Şanlıurfa's Akçakale") lies from its owner's point: a province's reach. */
const HELD_KM = 80;

/** Whether a place a possessive names lies within its owner's reach ("Şanlıurfa's Akçakale"), or is a namesake far off. */
function isHeldBy(owner: PlaceMention, owned: PlaceMention): boolean {
  return kmBetween(owner, owned) <= HELD_KM;
}

function kmBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const h =
    Math.sin(((b.lat - a.lat) * radians) / 2) ** 2 +
    Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(((b.lon - a.lon) * radians) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** How far apart two mentions of one place may be put, by the vaguer one's precision. */
const SAME_PLACE_KM: Record<PlaceMention["precision"], number> = {
  site: 30,
  village: 30,
  city: 30,
  admin2: 60,
  admin1: 150,
  country: Infinity,
};

/** Two named places of force this far apart are two targets, not one place named twice (a city and a quarter of it are nearer). */
const TARGET_KM = 8;

/** Whether two points may stand for one place: the vaguer contains the other (a country by its code); an unstated place may be any. */
function samePlace(a: Draft, b: Draft): boolean {
  if (!a.placeStated || !b.placeStated) return true;
  // A named area ("northern Syria") spans hundreds of kilometres (geo/area-places.ts).
  if (a.placeId.startsWith("area:") || b.placeId.startsWith("area:")) return a.country === b.country && kmBetween(a, b) <= 250;
  const vaguer = PRECISION_RANK[a.placePrecision] >= PRECISION_RANK[b.placePrecision] ? a : b;
  if (vaguer.placePrecision === "country") return a.country === b.country;
  if (FORCE_TYPES.has(a.type) && PRECISION_RANK[vaguer.placePrecision] <= 1 && a.placeId !== b.placeId) return kmBetween(a, b) <= TARGET_KM;
  return kmBetween(a, b) <= SAME_PLACE_KM[vaguer.placePrecision];
}

/** What talks or words are about: "discussed the situation in Sweida", "the future of Russian bases at Hmeimim". */
const TOPIC_BEFORE =
  /\b(?:situation|developments?|events|crisis|conflict|war|fighting|violence|escalation|tensions?|future|security|stability|reconstruction|conditions|presence|bases?|issue|file|fate|return of [\w\s]{1,30}?)\s+(?:of|in|at|on|around|across|inside|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|\b(?:road ?map|plan|solution|settlement|framework)\s+(?:for|on|over)\s+(?:the\s+)?$/i;

/** "slogans against the government in Damascus": a seat of power named for its rulers, no place of what they are party to (a visit to them is there). */
const SEAT_OF_RULERS = /\b(?:government|authorities|regime|administration|leadership|rulers)\s+in\s+$/i;

/** A place named as what talks or words were about, not where they were held. */
function isTopicPlace(body: string, place: PlaceMention, sentenceStart: number): boolean {
  return TOPIC_BEFORE.test(body.slice(Math.max(sentenceStart, place.start - 64), place.start));
}

/** Whether text ending here is inside a quotation: more quotes opened than closed. */
function isQuoted(before: string): boolean {
  const curly = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  return curly > 0 || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** How many earlier events of a family a restatement may join. */
const RESTATEMENT_WINDOW = 32;

/** Whether two dates may be one day: equal, or one (a month or a year, an assumed publication month too) contains the other. */
function sameTime(a: Draft, b: Draft): boolean {
  // "on Friday" twice may be one day; "on Friday" and a day the article fixes, or another weekday, may not.
  if (a.when || b.when) return a.when?.text.toLowerCase() === b.when?.text.toLowerCase();
  if (a.dateAssumed || b.dateAssumed) return true;
  return a.date.startsWith(b.date) || b.date.startsWith(a.date);
}

/** "Deir Hafer, east of Aleppo", "Keswa on the outskirts of Damascus": a place named to find another by. */
const REFERENCE_BEFORE =
  /\b(?:(?:north|south|east|west)(?:-?(?:east|west))?|outskirts|kilomet(?:re|er)s?|km|miles)\s+(?:of|from)\s+(?:the\s+)?$/i;

/** A sentence opening on what came earlier the same day: "Earlier, …", "Earlier in the day, …" (not "Earlier this month"). */
const EARLIER_THAT_DAY = /^\s*Earlier(?:\s+(?:on|today|in the day))?,/;

/** Between a place (or its site) and the place after it that locates it: ", ", " in ", " power station near ". */
const SITE_LOCATED_BY = new RegExp(String.raw`(?:,|\s+in|(?:\s+(?:[\w-]+\s+)?(?:${SITE_NOUNS.join("|")})s?)?\s+(?:near|outside))\s+$`, "i");

/** Before the city a quarter of it is named with: "the Dweila neighbourhood of", "a suburb of". */
const QUARTER_OF = /\b(?:neighbou?rhoods?|quarters?|suburbs?)\s+of\s+$/i;

/** Between two places of "the Damascus suburb of Jaramana", "the Dweila neighbourhood of Damascus", "the Idlib countryside town of Sarmada". */
const PART_OF_BETWEEN = new RegExp(
  String.raw`^\s+(?:(?:countryside|rural|border)\s+)?(?:(?:${PLACE_KIND_NOUNS.join("|")})s?|suburbs?|neighbou?rhoods?|quarters?|camps?)\s+of\s+(?:the\s+)?$`,
  "i",
);

/** "south of Damascus", "20 km from Aleppo": a place named as the point a bearing or a distance is taken from. */
const isBearingFrom = (body: string, place: PlaceMention) => REFERENCE_BEFORE.test(body.slice(Math.max(0, place.start - 24), place.start));

/** Before the towns a road runs between, the first or the second: one spot on the road, not two targets. */
const ROAD_ENDS_BEFORE = /\b(?:road|highway|route)\s+(?:between|linking|connecting)\s+(?:[\p{L}'’-]+\s+){0,3}(?:and\s+)?$/iu;

/** "… and in the southern governorate of", "and also in": one more place of the same deed. */
const COORDINATED_LOCATIVE = /\band\s+(?:also\s+)?(?:in|on|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:(?:governorate|province)\s+of\s+)?$/i;

/** "near Mayadin, in eastern Deir ez-Zor": a place set off by a comma after a word, to say where that one lies. */
const LOCATING_APPOSITIVE =
  /[\p{L}\p{N}],\s+(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?\s+|rural\s+)?$/iu;

/** The places of a sentence, most precise first, one per spot: those a force event happened at. */
function distinctPrecisePlaces(own: PlaceMention[], chosen: PlaceMention, body: string): PlaceMention[] {
  if (PRECISION_RANK[chosen.precision] > 1) return [chosen];
  const targets = [chosen];
  const placeEnds = new Set(own.map((place) => place.end));
  for (const place of own) {
    const before = body.slice(Math.max(0, place.start - 40), place.start);
    // A governorate is a target of its own only as a place of its own: "in Keswa … and in the governorate of Deraa", not "Kobani in Aleppo province".
    const areaOfItsOwn = PRECISION_RANK[place.precision] === 2 && COORDINATED_LOCATIVE.test(before);
    if ((PRECISION_RANK[place.precision] > 1 && !areaOfItsOwn) || REFERENCE_BEFORE.test(before.slice(-24))) continue;
    // "on the road between Qamishli and Amuda" is one spot; "bombed Damascus after clashes near Sahnaya" hit Damascus.
    if (ROAD_ENDS_BEFORE.test(before) || AFTER_WORD.test(before)) continue;
    // "the Dweila neighbourhood of Damascus": the city a quarter is of says where it is.
    if (QUARTER_OF.test(before)) continue;
    // "near Mayadin, in eastern Deir ez-Zor", "the base in Hmeimim, Latakia", "the town of al-Busayrah in Deir ez-Zor",
    // "the Tishreen power station near Kobani": a place set off after another or its site, or right after it in or
    // near, says where that one is.
    const joined = SITE_LOCATED_BY.exec(before);
    if (LOCATING_APPOSITIVE.test(before) || (joined && placeEnds.has(place.start - joined[0].length))) continue;
    if (targets.every((target) => target.placeId !== place.placeId && kmBetween(target, place) > TARGET_KM)) targets.push(place);
  }
  return targets;
}

/** ", and on Tuesday …", "; …", ", while …": where one clause of a sentence ends and the next begins. */
const CLAUSE_BREAK = /,\s+(?:and|while|whereas)\s+|;\s+/g;

/** A sentence's clauses as body offsets, in order. */
function clausesOf(sentence: Sentence): [number, number][] {
  const clauses: [number, number][] = [];
  let from = sentence.start;
  for (const clauseBreak of sentence.text.matchAll(CLAUSE_BREAK)) {
    clauses.push([from, sentence.start + clauseBreak.index]);
    from = sentence.start + clauseBreak.index + clauseBreak[0].length;
  }
  clauses.push([from, sentence.end]);
  return clauses;
}

/** "within days, they took Hama", "a day later": a time after the one told before, not the same wave ("later" alone may be that day). */
const SEQUEL = /\b(?:within (?:days|weeks)|(?:days?|weeks?|months?) later|the (?:next|following) (?:day|morning|week))\b/i;

/**
 * "Each target of a wave of strikes is its own event" (docs/extraction.md): an undated strike at
 * another place, by the initiator of one the article dated to a day, is a target of that wave —
 * unless its sentence tells of a later time.
 */
function waveOf(family: Draft[], draft: Draft): Draft | undefined {
  if (SEQUEL.test(draft.evidence.text)) return undefined;
  return family.find(
    (event) => event.type === draft.type && !event.dateAssumed && event.datePrecision === "day" && event.actors[0] === draft.actors[0],
  );
}

/**
 * One draft per happening per article: a headline and the lead that restates it, or a strike
 * "the attack" refers back to, are one event. A later draft of the same kind, at a time and place
 * the first may mean, joins it as a restatement; the pair keeps the more exact date and place.
 */
function mergeRestatements(drafts: Draft[], body: string): (ExtractedEvent | UndatedEvent)[] {
  const kept: Draft[] = [];
  // Per family, the latest events a restatement is looked for in: bounded, so a hostile article of
  // thousands of drafts stays linear.
  const recent = new Map<string, Draft[]>();
  for (const draft of drafts) {
    const family = recent.get(typeFamilyOf(draft.type)) ?? [];
    // Two kinds of one family are one happening only under one initiator: "rebels surged in" and "Assad fled" are two.
    // A headline no sentence placed takes a later placed report only under an actor it names: the lead, not another's talks.
    const joins = (event: Draft) =>
      sameTime(event, draft) &&
      samePlace(event, draft) &&
      // Targets one sentence names apart are apart (distinctPrecisePlaces).
      event.evidence.start !== draft.evidence.start &&
      // "Israel also said it attacked …" placed by the next sentence's town is one more happening, not that sentence's.
      !(event.reference === "another" && !event.why.placeInSentence && draft.why.placeInSentence) &&
      (event.type === draft.type || event.actors[0] === draft.actors[0]) &&
      (event.placeStated || !draft.placeStated || !draft.actors.length || event.actors.includes(draft.actors[0]));
    // "The operation targeted …" restates the happening told as an operation, before any later one of the family.
    const namedSo = draft.namedAs && family.find((event) => event.trigger.toLowerCase().includes(draft.namedAs!) && joins(event));
    const first = draft.reference === "another" ? undefined : (namedSo ?? family.find(joins));
    if (!first) {
      if (draft.reference === "back") continue;
      const wave = draft.dateAssumed && FORCE_TYPES.has(draft.type) ? waveOf(family, draft) : undefined;
      if (wave)
        Object.assign(draft, {
          date: wave.date,
          datePrecision: wave.datePrecision,
          why: { ...draft.why, date: `${DATE_NOT_STATED}the day of the strikes by the same hand stated before (${wave.place})` },
        });
      kept.push(draft);
      recent.set(typeFamilyOf(draft.type), [draft, ...family].slice(0, RESTATEMENT_WINDOW));
      continue;
    }
    (first.restatedIn ??= []).push(draft.evidence);
    // The evidence runs from the first statement to the last, as the sentences that state it (lib/extraction-types.ts).
    const end = Math.max(first.evidence.end, draft.evidence.end);
    first.evidence = { start: first.evidence.start, end, text: body.slice(first.evidence.start, end) };
    // A stated date beats an assumed one, and a more exact one a vaguer one of the same standing.
    const moreExact = draft.date.length > first.date.length;
    // A plan's day is when it is due, not when what it restates was done.
    const dueOnly = draft.why.planned && !first.why.planned;
    if (!dueOnly && (draft.dateAssumed === first.dateAssumed ? moreExact : first.dateAssumed))
      Object.assign(first, {
        date: draft.date,
        datePrecision: draft.datePrecision,
        dateAssumed: draft.dateAssumed,
        why: { ...first.why, date: draft.why.date },
      });
    const morePrecise = PRECISION_RANK[draft.placePrecision] < PRECISION_RANK[first.placePrecision];
    // A statement's place is where it was made: a place a restatement names is its subject (a deal's too: "to
    // integrate institutions in northeast Syria"). Talks are where the parties met: a restatement's place beats a
    // capital standing in ("Moscow has been negotiating … A delegation visited Damascus").
    const takesPlace = first.placeStated
      ? !VERBAL_TYPES.has(first.type) && morePrecise
      : !VERBAL_TYPES.has(first.type) || first.type === "CONSULT";
    if (draft.placeStated && takesPlace) {
      const { place, placeId, country, placePrecision, coordinateSource, lat, lon, geoPrecision } = draft;
      Object.assign(first, { place, placeId, country, placePrecision, coordinateSource, lat, lon, geoPrecision, placeStated: true });
      first.why = { ...first.why, place: draft.why.place, placeInSentence: draft.why.placeInSentence };
    }
    if (draft.reference === "plain") for (const actor of draft.actors) if (!first.actors.includes(actor)) first.actors.push(actor);
  }
  // Force is done where its target is: one no sentence placed, even through a restatement, would
  // stand at its attacker's capital (the stand-in that let a restatement place it), a guess.
  const placed = kept.filter((draft) => draft.placeStated || !FORCE_TYPES.has(draft.type));
  return placed.map((draft) => {
    const { placeStated: _stated, reference: _reference, why, when, date, dateAssumed, ...event } = draft;
    const reasons = [`trigger: ${why.trigger}`, `place: ${why.place}`, `date: ${why.date}`];
    if (event.restatedIn?.length)
      reasons.push(`restated in ${event.restatedIn.length} more sentence${event.restatedIn.length === 1 ? "" : "s"}`);
    const told = { ...event, planned: why.planned, confidence: confidenceOf(draft), reasons };
    return when ? { ...told, when } : { ...told, date, dateAssumed };
  });
}

/**
 * One event per sentence that states one: a PLOVER trigger and an actor (force may go
 * unnamed). The date is the sentence's own, else the publication month (flagged as assumed).
 * The place is the sentence's most precise one; else, for a statement, the speaker's
 * capital; else the nearest place within two sentences (news often says where one
 * sentence later); else the initiator's capital. A repeat of type, date and place joins the first as a restatement.
 */
export function findEvents(
  { sentences, actors, places, dates, relative = [], published, capitals, placeSizes }: EventInputs,
  body: string,
): (ExtractedEvent | UndatedEvent)[] {
  const events: Draft[] = [];
  const actorsIn = bySentence(actors, sentences);
  const placesIn = bySentence(places, sentences);
  const datesIn = bySentence(dates, sentences);
  const relativeIn = bySentence(relative, sentences);
  const verbsIn = bySentence(findVerbTriggers(body), sentences);
  // Without a publication date, the newest date the article mentions stands in for it when
  // telling news from background.
  const newest =
    published ??
    dates
      .map((date) => dateRange(date.value).end)
      .sort()
      .at(-1);
  // A sentence's places but where its sources speak from or its report was filed: those say nothing of where the news happened.
  const placesWhereNewsIs = (sentence: Sentence | undefined) =>
    sentence ? placesIn(sentence).filter((place) => !isSpeakersPlace(body, place) && !isDateline(body, place, sentence)) : [];
  // The state whose capital a place is: the host of a visit there.
  const hostAt = (placeId: string) => stateOfCountry(Object.values(ACTOR_COUNTRY).find((country) => capitals.get(country)?.id === placeId));
  const opening = sentences[0];
  const filedFrom = opening && placesIn(opening).find((place) => isDateline(body, place, opening));
  // The day the lede states for its news ("recaptured the town on Sunday"): the lede's undated happenings
  // that follow are that day's ("Troops also entered a nearby village"), not the publication day.
  let ledeStated: DateMention | undefined;
  // Until then, the lede's first recent day stands for it: "The U.S. military is withdrawing hundreds of troops …
  // Parnell said in a statement Friday." Not a quote's "today", its speaker's day; each quote test reads within a
  // clause's reach, so a lede of thousands of dates stays linear.
  const ledeAhead = sentences
    .slice(0, LEDE_SENTENCES)
    .flatMap((sentence) => datesIn(sentence).map((date) => ({ date, sentenceStart: sentence.start })))
    .find(
      ({ date, sentenceStart }) =>
        date.precision === "day" &&
        newest !== undefined &&
        date.value <= newest &&
        daysBetween(date.value, newest) <= RECENT_DAYS &&
        !SINCE_BEFORE_DATE.test(body.slice(Math.max(0, date.start - 12), date.start)) &&
        !isQuoted(body.slice(Math.max(sentenceStart, date.start - CLAUSE_REACH), date.start)),
    )?.date;
  for (const whole of sentences) {
    // A deed of force a sentence's happening answers ("launched the drones in response to Israeli strikes on Beirut")
    // is news of its own: after the sentence, its clause is read on its own (`cause` below), for force only.
    for (let unit: Sentence | undefined = whole, next: Sentence | undefined; unit; unit = next, next = undefined) {
      const sentence = unit;
      if (ASIDE.test(sentence.text)) continue;
      // "Israel, which says it acts … following clashes with Bedouin tribes, also said it attacked": an aside tells no news of its own.
      const asidesAt = [...sentence.text.matchAll(RELATIVE_ASIDE)].map((aside) => ({
        start: aside.index,
        end: aside.index + aside[0].length,
      }));
      // "since clashes erupted on Sunday": a since-clause of a day just past tells the news's own start.
      // The dates past the trigger are found by halves and read while within reach: linear in a sentence of thousands.
      const isDayJustPast = (match: TriggerAt) => {
        const own = datesIn(sentence);
        for (let index = firstIndex(own, (date) => date.start - sentence.start > match.index); index < own.length; index += 1) {
          const date = own[index];
          if (date.start - sentence.start - match.index > CLAUSE_REACH) break;
          if (newest && date.precision === "day" && daysBetween(date.value, newest) <= RECENT_DAYS) return true;
        }
        return false;
      };
      // "toppled Assad last December": a month or year in reach past a trigger, ended before the news's month began,
      // dates it apart from the news; not "earlier this month", nor a since-clause's reference point ("the deadliest
      // attack since Assad was toppled in December").
      const isDatedApart = (match: TriggerAt) => {
        const own = datesIn(sentence);
        const next = own[firstIndex(own, (date) => date.start - sentence.start > match.index)];
        return (
          next !== undefined &&
          next.precision !== "day" &&
          next.start - sentence.start - match.index <= CLAUSE_REACH &&
          newest !== undefined &&
          dateRange(next.value).end < `${newest.slice(0, 7)}-01` &&
          !/\bsince\b[^,;]*$/i.test(textBeforeTrigger(sentence.text, match, CLAUSE_LOOK_BACK))
        );
      };
      const whereAt = trailingWhereAt(sentence.text);
      const usable = (match: TriggerAt) =>
        !asidesAt.some((aside) => match.index > aside.start && match.index < aside.end) &&
        !NONE_BEFORE.test(textBeforeTrigger(sentence.text, match, 16)) &&
        !UNTIL_BEFORE.test(textBeforeTrigger(sentence.text, match, 48)) &&
        !RESPONSIBLE_FOR.test(textBeforeTrigger(sentence.text, match, 32)) &&
        !PLOTTED_BEFORE.test(textBeforeTrigger(sentence.text, match, 48)) &&
        !PROVIDED_FOR.test(textBeforeTrigger(sentence.text, match, 120)) &&
        !UNDER_DEAL.test(textBeforeTrigger(sentence.text, match, 48)) &&
        !WHETHER_BEFORE.test(textBeforeTrigger(sentence.text, match, 24)) &&
        !isTrailingParticiple(sentence.text, match) &&
        !isDescribingClause(sentence.text, match) &&
        !isEnded(sentence.text, match) &&
        !(isSinceClause(sentence.text, match) && !isDayJustPast(match)) &&
        !(isYearsBack(sentence.text, match) && !isDatedApart(match)) &&
        !SERIES_OF.test(textBeforeTrigger(sentence.text, match, 48)) &&
        !SUCH_BEFORE.test(textBeforeTrigger(sentence.text, match, 24)) &&
        !(whereAt >= 0 && match.index > whereAt) &&
        !isHabitual(sentence.text, match);
      const tagged = verbsIn(sentence).filter((verb) => !verb.negated);
      const wordedAll = EVENT_TRIGGERS.map(({ type, pattern }) => ({
        type,
        match: pattern.exec(sentence.text) as TriggerAt | null,
      })).filter(({ match }) => match && usable(match));
      const ground = groundTaken(sentence, placesIn(sentence));
      if (ground && usable(ground) && wordedAll[0]?.type !== "ASSAULT") wordedAll.unshift({ type: "ASSAULT", match: ground });
      // "signed an agreement … after deadly clashes this month": the main clause's happening beats the one it follows,
      // and talks beat what they were about ("met … to discuss electricity supplies"), unless a deal, which is news of its own.
      const main =
        wordedAll[0] &&
        wordedAll.find(
          ({ type, match }) =>
            match!.index < wordedAll[0].match!.index &&
            (isAfterClause(sentence.text, match!, wordedAll[0].match!) ||
              (MEETING_TYPES.has(type) &&
                !MEETING_TYPES.has(wordedAll[0].type) &&
                TALKED_ABOUT.test(textBeforeTrigger(sentence.text, wordedAll[0].match!, 80))) ||
              // "would push for the lifting of sanctions", "called on Israel … to respect the 1974 agreement": what is asked for is not done.
              (type === "REQUEST" &&
                (ASKED_FOR.test(textBeforeTrigger(sentence.text, wordedAll[0].match!, 48)) ||
                  ASKED_TO.test(sentence.text.slice(match!.index, wordedAll[0].match!.index)))) ||
              // "protested against Turkish drone attacks": what a protest is against is the protest's.
              (type === "PROTEST" && PROTESTED_AGAINST.test(textBeforeTrigger(sentence.text, wordedAll[0].match!, 80))) ||
              // "signed an agreement … for the supply of gas": what a deal is for is the deal.
              (type === "AGREE" && DEAL_CONTENT.test(textBeforeTrigger(sentence.text, wordedAll[0].match!, 80)))),
        );
      // "As the Trump-Sharaa meeting was wrapping up, Fidan met Rubio": a leading time clause sets the scene for the main one.
      const leadEnd = LEADING_CLAUSE.exec(sentence.text)?.[0].length ?? 0;
      const past =
        wordedAll[0] && wordedAll[0].match!.index < leadEnd
          ? EVENT_TRIGGERS.map(({ type, pattern }) => {
              const found = pattern.exec(sentence.text.slice(leadEnd));
              return { type, match: found && ({ 0: found[0], index: found.index + leadEnd } as TriggerAt) };
            }).find(({ match }) => match && usable(match))
          : undefined;
      if (main ?? past) wordedAll.unshift((main ?? past)!);
      // "arrested four suspects in connection with the bombing": a deed done beats the happening it names again.
      const worded =
        wordedAll[0] && isNamedAgain(sentence.text, wordedAll[0].match!)
          ? (wordedAll.find((candidate) => {
              if (isNamedAgain(sentence.text, candidate.match!)) return false;
              // A happening dated apart is news of its own, said or done ("The talks mark a shift a year after HTS
              // toppled Assad last December"); else not one the happening followed ("The redeployment follows an
              // agreement … to hand over villages"), nor a word said.
              if (isDatedApart(candidate.match!)) return true;
              if (candidate.match!.index > wordedAll[0].match!.index && isAfterClause(sentence.text, wordedAll[0].match!, candidate.match!))
                return false;
              return !VERBAL_TYPES.has(candidate.type);
            }) ?? wordedAll[0])
          : wordedAll[0];
      // "The strike came after two days of clashes in Jaramana": a deed of force that a deed named again followed is
      // news of its own, told as before the news (so undated, it is not the lede's day).
      const followed = worded && worded === wordedAll[0] ? forceFollowed(sentence.text, worded, usable) : undefined;
      // The lexicon's verbs by lemma where the worded triggers found nothing ("surged into", "is withdrawing").
      const found =
        followed ??
        worded ??
        tagged
          .map((verb) => ({ type: verb.type, match: { 0: verb.word, index: verb.start - sentence.start } as TriggerAt | null }))
          .find(({ match }) => usable(match!));
      if (!found?.match) continue;
      if (sentence !== whole && !FORCE_TYPES.has(found.type)) continue;
      // Demands and threats are said in modals ("could face force"); an action that must or should be is asked for.
      const modal = MODAL_TYPES.has(found.type) ? undefined : modalOf(sentence.text, found.match);
      if (modal === "possibility") continue;
      const raidThatArrests = found.type === "ASSAULT" && /^raid(?:s|ed)?$/i.test(found.match[0]) && ARRESTS.test(sentence.text);
      // "entered the village of Jubata al-Khashab … and searched several homes": an incursion that searches or arrests is
      // force short of violence, as a raid that does is, not a move of troops.
      const entryThatSearches =
        found.type === "MOBILIZE" &&
        /\b(?:enter|push|advanc|storm)/i.test(found.match[0]) &&
        (ARRESTS.test(sentence.text) || /\bsearch(?:ed|es|ing)\b/i.test(sentence.text));
      const trigger = {
        type: modal === "obligation" ? ("REQUEST" as const) : raidThatArrests || entryThatSearches ? ("COERCE" as const) : found.type,
        match: found.match,
      };
      const verb = tagged.find((candidate) => candidate.start === sentence.start + trigger.match.index);
      // A worded trigger takes its tense from the verb before it: "will host … for talks", "is expected to sign an agreement".
      const tensed = verb ?? tagged.filter((candidate) => candidate.end <= sentence.start + trigger.match.index).at(-1);
      if (isRunningTotal(sentence.text, trigger.match.index)) continue;
      if (trigger.type === "MOBILIZE" && isSpeculative(sentence.text, trigger.match)) continue;
      const triggerAt = sentence.start + trigger.match.index;
      // Whether a name past the trigger comes `reach` characters or less after words of `pattern`: what talks were
      // about ("discussed the integration of the SDF"), whom an aim is against ("to fight the Islamic State group").
      const namedPastAfter = (span: { start: number }, pattern: RegExp, reach: number) =>
        span.start > triggerAt && pattern.test(body.slice(Math.max(sentence.start, span.start - reach), span.start));
      const isTalkedOf = (span: { start: number }) => namedPastAfter(span, TALKED_ABOUT, 80);
      const mentions = actorsIn(sentence);
      // "the strikes killed", or a happening named again as the subject: "the operation targeted remnants".
      const namedAs = HAPPENING_AS_SUBJECT.exec(textBeforeTrigger(sentence.text, trigger.match, 48))?.[1]
        .toLowerCase()
        .replace(/s$/, "");
      // "The fighting spread to Daraa": one more happening, at another place, whatever it is named.
      const spreads = /\bspread$/i.test(trigger.match[0]);
      const definiteTrigger = !spreads && ((Boolean(worded) && isNamedAgain(sentence.text, trigger.match)) || namedAs !== undefined);
      // "Assad, who ruled Syria for 25 years, fled": an aside about someone names no party to the happening.
      const asides = asidesAt.map((aside) => ({ start: sentence.start + aside.start, end: sentence.start + aside.end }));
      if (leadEnd && trigger.match.index >= leadEnd) asides.push({ start: sentence.start, end: sentence.start + leadEnd });
      // "redeployed … after an agreement between Damascus and the SDF": the clause a happening follows names its own parties.
      const triggerEnd = trigger.match.index + trigger.match[0].length;
      const afterOpening = AFTER_OPENING.exec(sentence.text.slice(triggerEnd, triggerEnd + CLAUSE_REACH));
      if (afterOpening) asides.push({ start: sentence.start + triggerEnd + afterOpening.index, end: sentence.end });
      // "launched the drones in response to Israeli strikes on Beirut last week": a cause's place and date are its own
      // (not so "were killed after their vehicle was targeted near the dam", the same happening told on).
      // It runs to the sentence's end, or to the words saying who reported it (", it said on Thursday").
      const cause = RESPONSE_OPENING.exec(sentence.text.slice(triggerEnd, triggerEnd + CLAUSE_REACH));
      const causeStart = cause ? triggerEnd + cause.index : 0;
      const causeTail = cause ? REPORTING_TAIL.exec(sentence.text.slice(causeStart, causeStart + CLAUSE_REACH)) : null;
      const causeAside = cause
        ? { start: sentence.start + causeStart, end: causeTail ? sentence.start + causeStart + causeTail.index : sentence.end }
        : undefined;
      if (causeAside && sentence === whole)
        next = { index: sentence.index, ...causeAside, text: body.slice(causeAside.start, causeAside.end) };
      // "took to the streets of Qamishli to denounce Turkish drone strikes on the Tishreen Dam": what a protest is
      // against names neither who protested nor where.
      const protested = trigger.type === "PROTEST" ? PROTEST_OBJECT.exec(sentence.text.slice(triggerEnd, triggerEnd + CLAUSE_REACH)) : null;
      const protestedAside = protested ? { start: sentence.start + triggerEnd + protested.index, end: sentence.end } : undefined;
      if (protestedAside) asides.push(protestedAside);
      // "the first raids since the fall of Assad": whose fall dates the news is no party to it (unless the fall is the news).
      // The first place past the name, found by halves: a sentence of thousands of names and places stays n log n.
      const ownedPlaceAfter = (end: number) => {
        const own = placesIn(sentence);
        const next = own[firstIndex(own, (place) => place.start > end)];
        return next !== undefined && next.start <= end + 16 && /^['’]s?\s+$/.test(body.slice(end, next.start)) ? next : undefined;
      };
      const ownPlaceAfter = (end: number) => ownedPlaceAfter(end) !== undefined;
      const ownerPlaceBefore = (start: number) => {
        const own = placesIn(sentence);
        const owner = own[firstIndex(own, (place) => place.start >= start) - 1];
        return owner !== undefined && /^['’]s?\s+$/.test(body.slice(owner.end, start)) ? owner : undefined;
      };
      const isOwnerOfHeld = (place: PlaceMention) => {
        const owned = ownedPlaceAfter(place.end);
        return owned !== undefined && isHeldBy(place, owned);
      };
      // "al-Karama Square in the city of Sweida": a site named, then the place it stands in.
      const standsIn = (place: PlaceMention) => {
        const own = placesIn(sentence);
        const next = own[firstIndex(own, (other) => other.start >= place.end)];
        return next !== undefined && SITE_IN.test(body.slice(place.end, next.start)) ? next : undefined;
      };
      // "the Damascus suburb of Jaramana" and "the Dweila neighbourhood of Damascus" alike: of two places joined so, the larger says where the other is.
      const locatesItsPart = (place: PlaceMention) => {
        const own = placesIn(sentence);
        const index = firstIndex(own, (other) => other.start >= place.start);
        const size = (other: PlaceMention) => placeSizes.get(other.placeId) ?? 0;
        return [own[index - 1], own[index + 1]].some(
          (other) =>
            other !== undefined &&
            PART_OF_BETWEEN.test(other.start < place.start ? body.slice(other.end, place.start) : body.slice(place.end, other.start)) &&
            size(place) > size(other),
        );
      };
      const isNamesakeOfHeld = (place: PlaceMention) => {
        const owner = ownerPlaceBefore(place.start) ?? standsIn(place);
        return owner !== undefined && !isHeldBy(owner, place);
      };
      const parties = outsideAsides(mentions, asides).filter((mention) => {
        const before = Math.max(sentence.start, mention.start - 48);
        // The fall is the news when the trigger is in its phrase ("the ouster of Assad"), not before it ("the first visit since the fall of Assad").
        const fall = FALL_BEFORE.exec(body.slice(before, mention.start));
        const after = body.slice(mention.end, mention.end + 40);
        // "since Bashar al-Assad was toppled", "Syria's civil defence said": the fallen and the watchers' state are no party either.
        const fallen = SINCE_BEFORE.test(body.slice(before, mention.start)) && FALLEN_AFTER.test(after) && triggerAt < mention.start;
        // "Syria's Azaz", "Türkiye's southern Kilis province": a country named as a place's owner is where, not who.
        const ownsPlace = /^['’]s?\s/.test(after) && ownPlaceAfter(mention.end);
        // "near al-Qusayr, close to the border with Lebanon": the country across a border says where, not who.
        const acrossBorder = BORDER_WITH.test(body.slice(before, mention.start));
        return (
          (!fall || (triggerAt >= before + fall.index && triggerAt < mention.start)) &&
          !fallen &&
          !ownsPlace &&
          !acrossBorder &&
          !WATCHERS_OF.test(after)
        );
      });
      // "Syria and Israel have agreed to a ceasefire, U.S. envoy Tom Barrack said": who reports it, past the parties, is none.
      // A ministry that reports its own forces' deed is their state, so only a person or an envoy is set aside.
      const reporting = (mention: ActorMention) =>
        mention.start > triggerAt &&
        (isPersonMention(mention) || REPORTER_TITLE.test(mention.text)) &&
        /,\s*[\w.'’\s-]{0,40}$/.test(body.slice(Math.max(sentence.start, mention.start - 48), mention.start)) &&
        TRAILING_SAID.test(body.slice(mention.end, Math.min(sentence.end, mention.end + 48)));
      // "met Lebanese President Aoun … and discussed the disarmament of Hezbollah": who talks are about takes no part in them.
      const talkedOf = (mention: ActorMention) => trigger.type === "CONSULT" && isTalkedOf(mention);
      // "agreed to set up a joint operations centre to fight the Islamic State group", "their commitment to combating ISIS":
      // whom words, deals and help are aimed against takes no part in them (force and moves against them do: it is their target).
      const foughtAgainst = (mention: ActorMention) =>
        (VERBAL_TYPES.has(trigger.type) || trigger.type === "COOPERATE" || trigger.type === "AID") &&
        namedPastAfter(mention, FIGHT_AGAINST, 40);
      // "Iran's foreign ministry condemned the Israeli attacks on Damascus": who judges a deed of force before it is no party to it.
      const judging = (mention: ActorMention) =>
        FORCE_TYPES.has(trigger.type) &&
        mention.start < triggerAt &&
        triggerAt - mention.end <= 120 &&
        JUDGED_BEFORE.test(body.slice(mention.end, triggerAt));
      const named = (
        parties.some((mention) => mention.start < triggerAt) ? parties.filter((mention) => !reporting(mention)) : parties
      ).filter((mention) => !judging(mention) && !talkedOf(mention) && !foughtAgainst(mention));
      const sentenceActors = [...new Set(named.map((mention) => mention.actor))];
      // "was destroyed by Syrian artillery": a passive's agent acted, whoever the sentence names first.
      const agent = passiveAgent(sentence, trigger.match, mentions);
      // "Israeli strikes kill three, Syria's health ministry says": the state a strike is named after struck, whoever speaks.
      const striker = FORCE_TYPES.has(trigger.type) ? demonymBefore(textBeforeTrigger(sentence.text, trigger.match, 24)) : undefined;
      const initiator = agent ?? striker;
      if (initiator) sentenceActors.splice(0, sentenceActors.length, initiator, ...sentenceActors.filter((actor) => actor !== initiator));
      // A word one side says needs its speaker: "rights groups condemned the Israeli strikes" is no word of Israel's.
      const addressed =
        SAID_BY_ONE.has(trigger.type) && !initiator && !parties.some((mention) => mention.start < triggerAt)
          ? sentenceActors.splice(0)
          : [];
      let refersBack = false;
      // "The former president fled": a title stands for the person the sentences before last named.
      const title = TITLE_REFERENCE.exec(sentence.text);
      if (!sentenceActors.length && title && title.index < trigger.match.index) {
        // The two sentences before, through the sentence index: a hostile run of titles stays linear.
        const person = [sentences[sentence.index - 1], sentences[sentence.index - 2]]
          .map((before) => (before ? actorsIn(before).filter(isPersonMention).at(-1) : undefined))
          .find(Boolean);
        if (person) sentenceActors.push(person.actor);
      }
      // "Israeli troops pushed into villages … The troops set up a checkpoint": a force named again is the one whose
      // happening the two sentences before told of.
      const force = FORCE_REFERENCE.exec(sentence.text);
      const toldJustBefore = events.at(-1);
      const forceNamedAgain =
        !sentenceActors.length &&
        force !== null &&
        force.index < trigger.match.index &&
        Boolean(toldJustBefore?.actors.length) &&
        toldJustBefore!.evidence.end > sentences[Math.max(0, sentence.index - 2)].start;
      if (forceNamedAgain) sentenceActors.push(toldJustBefore!.actors[0]);
      if (!sentenceActors.length) {
        // "Israeli strikes", "Turkish drones": the adjective names who acted.
        // Not "the Syrian village of Hermel", "the Lebanese border": a demonym before a place names no actor.
        // A word one side says is the speaker's: "Turkish officials condemned", not "condemned … a Turkish drone".
        // Nor are the protesters those they protest against.
        const speakerText = SAID_BY_ONE.has(trigger.type)
          ? sentence.text.slice(0, trigger.match.index)
          : sentence.text.slice(0, protestedAside ? protestedAside.start - sentence.start : undefined);
        const adjective = DEMONYM_NOT_OF_PLACE.find(([, pattern]) => pattern.test(speakerText));
        refersBack = !adjective && definiteTrigger;
        // "Ukraine's foreign minister visited Damascus": a visit to a capital has its host, whoever the guest.
        const host =
          trigger.type === "CONSULT"
            ? placesIn(sentence)
                .map((place) => hostAt(place.placeId))
                .find(Boolean)
            : undefined;
        if (adjective) sentenceActors.push(adjective[0]);
        else if (host) sentenceActors.push(host);
        else if (!ACTORLESS_TYPES.has(trigger.type) && !refersBack) continue;
      }
      sentenceActors.push(...addressed.filter((actor) => !sentenceActors.includes(actor)));

      // The date nearest the trigger: "said on Thursday that the SDF had withdrawn on Tuesday" happened on Tuesday.
      // "said on Thursday that the SDF had withdrawn", "will host …, an official said Saturday": the day of the report.
      // Each test reads a bounded stretch, so a 1 MB sentence of dates stays linear.
      const reportsDate = (date: DateMention) =>
        date.end <= triggerAt
          ? triggerAt - date.start <= CLAUSE_REACH && REPORTING_VERB.test(body.slice(Math.max(sentence.start, date.start - 16), triggerAt))
          : REPORTED_JUST_BEFORE.test(body.slice(Math.max(sentence.start, date.start - 16), date.start));
      // A cause's date is its own; "since Friday", "the deepest incursion since December": a period's start dates no
      // happening before it.
      const inCause = (span: Span) => causeAside !== undefined && span.start >= causeAside.start && span.start < causeAside.end;
      const sinceDated = (span: Span) =>
        SINCE_BEFORE_DATE.test(body.slice(Math.max(sentence.start, span.start - 12), span.start)) || /^since\b/i.test(span.text);
      // "denied reports that they are preparing to sign on September 25": a date past a "that" after the
      // trigger is its clause's, not the trigger's.
      const ownDates = datesIn(sentence).filter(
        (date) =>
          !isDatelineDate(body, date.start, date.end, sentence.start) &&
          !inCause(date) &&
          // "pledged 2.5 billion euros for 2025 and 2026": the years aid is for are not when it was pledged.
          !(date.precision === "year" && FOR_PERIOD.test(body.slice(Math.max(sentence.start, date.start - 16), date.start))) &&
          !(date.start > triggerAt && sinceDated(date)) &&
          (date.start < triggerAt || !REPORTED_CLAUSE.test(body.slice(triggerAt, Math.min(date.start, triggerAt + CLAUSE_REACH)))),
      );
      const stated = ownDates.sort(
        (a, b) => Number(reportsDate(a)) - Number(reportsDate(b)) || distanceTo(a, triggerAt) - distanceTo(b, triggerAt),
      )[0];
      // "will provide weapons": the auxiliary says it is ahead, whether or not the lexicon knows the verb.
      const planned = tensed?.aspect === "planned" || FUTURE_AUXILIARY.test(textBeforeTrigger(sentence.text, trigger.match, 32));
      // A weekday a plan is due on is the next such day; the weekday it was reported on is the one past.
      const date = stated && planned && published && !reportsDate(stated) ? aheadIfPlanned(stated, published) : stated;
      // Without a publication day, "made a trip to Damascus on Friday" is still news: drafted undated, for another
      // report of it to date (db/queries/incidents.ts). Not a since-clause's day, nor a cause's.
      const when = date
        ? undefined
        : relativeIn(sentence)
            .filter((mention) => !inCause(mention) && !sinceDated(mention))
            .sort((a, b) => distanceTo(a, triggerAt) - distanceTo(b, triggerAt))[0];
      // "had been negotiating", "had agreed": told as what came before the news, so background unless dated or reported.
      const backshifted =
        tensed?.aspect === "past-perfect" && BACKSHIFTED_BEFORE.test(textBeforeTrigger(sentence.text, trigger.match, 160));
      if (tensed?.aspect === "past-perfect" && !date && !when && !backshifted) continue;
      if (!date && !when && (!published || UNDATED_PAST.test(sentence.text))) continue;
      if (date && newest && daysBetween(dateRange(date.value).end, newest) > BACKGROUND_DAYS) continue;
      // Where a statement came from: the capital of the first state actor named (an armed group has none).
      // A meeting's host is its subject ("Mazloum Abdi received a US delegation" is no meeting in Washington).
      const speakerCountry =
        trigger.type === "CONSULT" ? ACTOR_COUNTRY[sentenceActors[0]] : sentenceActors.map((actor) => ACTOR_COUNTRY[actor]).find(Boolean);
      const initiatorCapital = speakerCountry ? capitals.get(speakerCountry) : undefined;
      // "Israel, which acts after clashes in Sweida, struck Damascus": an aside on the subject places nothing; one past the trigger may tell where it was.
      const newsPlaces = outsideAsides(placesWhereNewsIs(sentence), [
        ...asides.filter((aside) => aside.end <= triggerAt || aside === protestedAside),
        ...(causeAside ? [causeAside] : []),
      ]);
      const ownPlaces = newsPlaces.filter(
        (place) =>
          // "Şanlıurfa's Akçakale district": the owner holds the place the news is at (a namesake far off is no part of it).
          !isOwnerOfHeld(place) &&
          // "Sweida's Karama Square": what a place holds is no namesake far off.
          !isNamesakeOfHeld(place) &&
          !locatesItsPart(place) &&
          !isDestination(body, place, trigger.type) &&
          // "Speaking at a weekly press briefing in Ankara, the spokesman said the terrorists were neutralised": where the
          // deed was told is not where it was done.
          !(FORCE_TYPES.has(trigger.type) && isToldAt(body, place)) &&
          // "banners calling on the United States to stop the attacks": a country called on is addressed, not where.
          !(place.precision === "country" && ADDRESSED_BEFORE.test(body.slice(Math.max(sentence.start, place.start - 24), place.start))) &&
          // "smuggle drugs from Syria across the border": a country something came from is not where it was stopped;
          // "supply gas to Syria through Jordan": nor one it passes through.
          !(
            place.precision === "country" &&
            !MOVING_TYPES.has(trigger.type) &&
            /\b(?:from|through|via)\s+$/i.test(body.slice(Math.max(0, place.start - 10), place.start))
          ) &&
          !(VERBAL_TYPES.has(trigger.type) && isTopicPlace(body, place, sentence.start)) &&
          // "discussed the return of Iraqi nationals held in al-Hol camp in Hasakah": where talks were about is not where they were.
          !(trigger.type === "CONSULT" && isTalkedOf(place)) &&
          // "Ankara would not accept a federal arrangement in Syria": a country one side speaks of is its words' topic.
          !(SAID_BY_ONE.has(trigger.type) && place.precision === "country") &&
          !(trigger.type !== "CONSULT" && SEAT_OF_RULERS.test(body.slice(Math.max(sentence.start, place.start - 40), place.start))),
      );
      // "fled to Russia": the state that takes a ruler in is party to his flight.
      const refuge =
        trigger.type === "RETREAT"
          ? newsPlaces
              .filter((place) => place.precision === "country" && isDestination(body, place, trigger.type))
              .map((place) => actorNamed(place.text))
              .find(Boolean)
          : undefined;
      // "were deployed to the area", "fighting there": a place referred back to is the one told before; else news says where one sentence later.
      // A place a bearing is taken from ("deploy south of Damascus") is no news there.
      // So is where the force named again was ("The units clashed with the group" after they foiled it near Qusayr).
      const nearby = (PLACE_REFERRED_BACK.test(sentence.text) || forceNamedAgain ? [-1, 1, -2, 2] : [1, -1, 2, -2]).reduce<
        PlaceMention | undefined
      >(
        (found, step) =>
          found ??
          placesWhereNewsIs(sentences[sentence.index + step]).find(
            (place) => !isBearingFrom(body, place) && !(FORCE_TYPES.has(trigger.type) && isToldAt(body, place)),
          ),
        undefined,
      );
      // "will reopen its consulate in Aleppo, … announced during a visit to Damascus": of places alike, the one the
      // trigger's own preposition names is where it happened. Only the first place past the trigger can be
      // ("attacked Quneitra governorate in southern Syria" links none).
      const firstPast = ownPlaces.reduce<PlaceMention | undefined>(
        (first, place) => (place.start > triggerAt && (!first || place.start < first.start) ? place : first),
        undefined,
      );
      const linked = (place: PlaceMention) =>
        place === firstPast && TRIGGER_PLACE_LINK.test(body.slice(sentence.start + triggerEnd, place.start)) ? 0 : 1;
      // "discussions … regarding control of the dam": a site named again is the one of its kind the sentences before named ("the Tishrin Dam").
      const siteNoun = ownPlaces.length ? undefined : SITE_REFERRED_BACK.exec(sentence.text)?.[1].toLowerCase();
      const siteBefore = siteNoun
        ? [1, 2, 3]
            .map((step) =>
              placesWhereNewsIs(sentences[sentence.index - step])
                .filter((before) => namesSite(body, before, siteNoun))
                .at(-1),
            )
            .find(Boolean)
        : undefined;
      // "the Saydnaya prison north of Damascus": a place a bearing is taken from is where the news is only when no other is.
      const bearing = (place: PlaceMention) => (isBearingFrom(body, place) ? 1 : 0);
      const ownBest = ownPlaces.sort(
        (a, b) =>
          PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
          linked(a) - linked(b) ||
          bearing(a) - bearing(b) ||
          a.start - b.start,
      )[0];
      // "ANKARA, Turkey (AP) — Turkey will provide …": a country's news (or its actor's, with no place)
      // names no town of its own, and the report was filed from one of that country's; it was made there.
      // Force is done where its target is, never where a report was filed from.
      const countryOfNews = ownBest
        ? ownBest.precision === "country"
          ? ownBest.country
          : undefined
        : FORCE_TYPES.has(trigger.type)
          ? undefined
          : speakerCountry;
      const filedInCountry = filedFrom && countryOfNews === filedFrom.country && !FORCE_TYPES.has(trigger.type) ? filedFrom : undefined;
      // A town of that country the sentences beside it name ("ISTANBUL — … via the province of Kilis. … They
      // opened the pipeline") is nearer the news than the desk the report was filed from.
      // Not for words one side says, made where its speaker is ("Sharaa has vowed to bring all armed groups under state control"),
      // nor for a change of rule, the whole country's ("Syria held parliamentary elections … Voting was postponed in Sweida").
      // Nor for a call, made from where its caller is ("Salam called his Syrian counterpart to discuss the situation").
      const townBeside =
        filedInCountry && !SAID_BY_ONE.has(trigger.type) && trigger.type !== "OTHER" && !BY_PHONE.test(sentence.text)
          ? [-1, 1, -2, 2]
              .map((step) =>
                placesWhereNewsIs(sentences[sentence.index + step]).find(
                  (beside) => beside.country === filedInCountry.country && PRECISION_RANK[beside.precision] <= 2,
                ),
              )
              .find(Boolean)
          : undefined;
      // A statement or deal "in Syria" was made in its capital, not at the country's centre.
      const countryCapital = ownBest?.precision === "country" && VERBAL_TYPES.has(trigger.type) ? capitals.get(ownBest.country) : undefined;
      // "Safadi later met his counterpart, and the two signed a memorandum": talks or a deal no sentence
      // places are where the same parties' talks just told of were held, not at a capital of theirs.
      const talksBefore = ownBest
        ? undefined
        : meetingJustBefore(events, { type: trigger.type, actors: sentenceActors, date }, sentences, sentence);
      const talksPlace = talksBefore && placeOfDraft(talksBefore, sentence);
      // "attacked a target in the area of the Syrian regime's presidential palace": a state's seat is in its capital.
      const seat = ownBest ? null : SEAT_OF_STATE.exec(sentence.text);
      const seatHolder = seat && mentions.find((mention) => /^['’]s?\s+$/.test(body.slice(mention.end, sentence.start + seat.index)));
      const seatCapital = seatHolder ? capitals.get(ACTOR_COUNTRY[seatHolder.actor]) : undefined;
      const seatPlace = seatCapital && capitalAsPlace(seatCapital, sentence);
      const place =
        townBeside ??
        talksPlace ??
        filedInCountry ??
        (countryCapital ? capitalAsPlace(countryCapital, sentence) : ownBest) ??
        seatPlace ??
        siteBefore ??
        (VERBAL_TYPES.has(trigger.type) && initiatorCapital ? capitalAsPlace(initiatorCapital, sentence) : undefined) ??
        nearby ??
        (initiatorCapital ? capitalAsPlace(initiatorCapital, sentence) : undefined);
      if (!place) continue;
      // "The strikes killed two fighters": a happening told before is where it was told; the next sentence's
      // place only stands in, so the draft joins the one it restates (or, for force, is dropped).
      const placeStated =
        place === ownBest ||
        place === seatPlace ||
        place === siteBefore ||
        (place === nearby && !definiteTrigger) ||
        place === townBeside ||
        place === filedInCountry ||
        place === talksPlace;
      // Force at several named places in one sentence ("struck Keswa … and Deraa") is one event at each.
      const targets = DONE_AT_EACH_PLACE.has(trigger.type) ? distinctPrecisePlaces(ownPlaces, place, body) : [place];

      // "struck Kobani on Monday, and on Tuesday shelled Ain Issa": each target takes the date of its own clause.
      // Clauses and dates are each found once and searched by halves: thousands of targets in one sentence stay n log n.
      const clauses = targets.length > 1 ? clausesOf(sentence) : [];
      // The dates as the sentence wrote them: one moved to the next such day for a plan is none of them.
      const asWritten = new Set(ownDates);
      const datesInOrder = targets.length > 1 ? [...ownDates].sort((a, b) => a.start - b.start) : [];
      const clauseDate = (target: PlaceMention) => {
        if (targets.length < 2) return date;
        const [from, to] = clauses[firstIndex(clauses, ([, end]) => end > target.start)] ?? [sentence.start, sentence.end];
        const own = datesInOrder[firstIndex(datesInOrder, (mention) => mention.start >= from)];
        if (!own || own.end > to) return date;
        return planned && published && !reportsDate(own) ? aheadIfPlanned(own, published) : own;
      };
      for (const target of targets) {
        const date = clauseDate(target);
        const actorsHere = refuge && !sentenceActors.includes(refuge) ? [...sentenceActors, refuge] : [...sentenceActors];
        // A visit to a capital involves its government.
        const host = hostAt(target.placeId);
        if (trigger.type === "CONSULT" && host && !actorsHere.includes(host)) actorsHere.push(host);
        // Undated, it happened lately: the publication month, not its day (which only "today" or a
        // weekday names) — ../shared/eval/GUIDELINES.md's decision on events the text dates no closer.
        // A report's lede is the exception: its first sentences tell the day's news ("Israel's army has
        // attacked Quneitra …"), so an undated completed happening there is the publication day, assumed.
        // "Earlier, the rebels claimed …": told as earlier the same day, it is the lede's day wherever it stands.
        const ledeDay =
          !date &&
          !when &&
          (sentence.index < LEDE_SENTENCES || EARLIER_THAT_DAY.test(sentence.text)) &&
          !planned &&
          !followed &&
          // Reported as done before the report, it is not the lede's day either.
          !backshifted &&
          !ONGOING.test(sentence.text) &&
          !SEQUEL.test(sentence.text);
        const ledeDate = ledeStated ?? ledeAhead;
        const value = date?.value ?? (when ? "" : ledeDay ? (ledeDate?.value ?? published!) : published!.slice(0, 7));
        events.push({
          type: trigger.type,
          date: value,
          datePrecision: (date?.precision ?? (when ? precisionOfRelative(when) : ledeDay ? "day" : "month")) as DatePrecision,
          dateAssumed: !date && !when,
          ...(when && { when }),
          place: target.name,
          placeId: target.placeId,
          country: target.country,
          placePrecision: target.precision,
          coordinateSource: target.coordinateSource,
          lat: target.lat,
          lon: target.lon,
          geoPrecision: GEO_PRECISION[target.precision],
          actors: actorsHere,
          evidence: { start: whole.start, end: whole.end, text: whole.text },
          trigger: trigger.match[0],
          placeStated,
          namedAs,
          reference: refersBack
            ? "back"
            : definiteTrigger
              ? "definite"
              : ALSO_BEFORE.test(textBeforeTrigger(sentence.text, trigger.match, 24)) || spreads || followed
                ? "another"
                : "plain",
          why: {
            trigger: worded
              ? `the words "${trigger.match[0]}" (${trigger.type})`
              : `the verb "${trigger.match[0]}", lemma "${verb!.lemma}" (${trigger.type})`,
            worded: Boolean(worded),
            place:
              target === ownBest || ownPlaces.includes(target)
                ? describePlace(target, "as written in the sentence")
                : target === nearby || target === townBeside
                  ? describePlace(target, "named in a sentence beside it")
                  : target === siteBefore
                    ? describePlace(target, `named before as the ${siteNoun} the sentence refers to`)
                    : talksBefore && target === talksPlace
                      ? `no place stated: ${target.name}, where the same parties' ${talksBefore.type === "AGREE" ? "deal" : "talks"} told just before were`
                      : target === filedInCountry
                        ? describePlace(target, "in the dateline the report was filed under")
                        : target === seatPlace
                          ? `${target.name}, the capital of the state whose seat the sentence names ("${seat![0]}")`
                          : `no place stated: ${target.name}, the capital of the ${VERBAL_TYPES.has(trigger.type) ? "speaker" : "initiator"}`,
            placeInSentence: target === ownBest || ownPlaces.includes(target),
            date: date
              ? `"${date.text}" in the sentence${!asWritten.has(date) ? " (planned: the next such day)" : ""}`
              : when
                ? `"${when.text}" in the sentence, which the article, giving no publication day, does not fix`
                : ledeDay
                  ? ledeDate
                    ? `${DATE_NOT_STATED}the day the lede states for its news ("${ledeDate.text}")`
                    : `${DATE_NOT_STATED}the publication day, as the lede's news`
                  : `${DATE_NOT_STATED}the publication month`,
            planned,
          },
        });
      }
      if (!ledeStated && date?.precision === "day" && sentence === whole && sentence.index < LEDE_SENTENCES && !planned) ledeStated = date;
    }
  }
  return mergeRestatements(events, body);
}
