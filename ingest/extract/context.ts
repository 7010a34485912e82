import { MONTHS, WEEKDAYS } from "./calendar-words";

/**
 * Whether a name at `start` is used as a location: after a locative preposition ("in
 * Damascus", "strikes on Quneitra"), after a verb of people or goods moving + "to" ("fled to Russia",
 * "gas exported to Syria"), or in
 * apposition to a place noun ("the Syrian capital Damascus", "the town of Qardaha").
 * Otherwise a capital or country name stands for its government ("Ankara said").
 */
/** A word as it may open a sentence: "in" or "In". */
const initialEitherCase = (words: string[]) => words.map((word) => `[${word[0]}${word[0].toUpperCase()}]${word.slice(1)}`).join("|");
/** Words that may stand between the preposition and the name: "in the occupied Golan", "near the Syrian town of". */
const MODIFIERS = String.raw`(?:the\s+)?(?:(?:\p{Lu}[\p{L}'-]*|northern|southern|eastern|western|central|occupied|nearby|neighbouring|neighboring|rural|southwestern|northwestern|northeastern|southeastern)\s+){0,3}`;
const LOCATIVE = new RegExp(
  String.raw`(?:^|[\s(])(?:${initialEitherCase([
    "in",
    "inside",
    "into",
    "within",
    "across",
    "throughout",
    "near",
    "outside",
    "at",
    "from",
    "toward",
    "towards",
    "around",
    "via",
    "through",
    "on",
    "over",
    "entered",
    "reached",
    "captured",
    "seized",
    "took",
    "struck",
    "hit",
    "shelled",
    "bombed",
    "raided",
    "stormed",
    "attacked",
    "targeted",
    "fled",
    "left",
    "visit",
    "visited",
    "visiting",
    "visits",
    // "took control of the Tishrin Dam", "security control over Manbij": what is held is a place.
    "control of",
    "control over",
    // "deploy south of Damascus", "on the outskirts of Qardaha": a bearing from a name or its edge is the place's.
    ...["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"].map((bearing) => `${bearing} of`),
    "outskirts of",
    // "on the road between Khan Arnabeh and Jaba": what a road joins are places.
    ...["road", "highway", "route"].flatMap((way) => [`${way} between`, `${way} linking`, `${way} connecting`]),
  ])})\s+${MODIFIERS}$`,
  "u",
);
const MOTION_TO = new RegExp(
  String.raw`\b(?:fled|flee|flew|fly|travel\w*|visit\w*|trip|went|go|going|return\w*|arriv\w*|deploy\w*|moved|headed|heading|came|journey\w*|delegation|escaped|leading|road|route|export\w*|deliver\w*|flow\w*|ship\w*|pump\w*|dispatch\w*|sent|send\w*|transport\w*)\b[^.;]{0,60}\bto\s+${MODIFIERS}$`,
  "u",
);

/**
 * Nouns of settlements and territory: before a name they make it a place ("the town of Qardaha"), after a
 * demonym ("the Syrian village", "Lebanese territory") or a pair of states ("the Syria-Lebanon border") they
 * make it a place's, not an actor. Read here, in events.ts and in actors.ts.
 */
export const PLACE_KIND_NOUNS = [
  "capital",
  "city",
  "town",
  "village",
  "province",
  "governorate",
  "region",
  "area",
  "countryside",
  "district",
  "border",
  "territory",
  "coast",
  "desert",
];

/** "the Syrian capital Damascus", "the towns of Ain Issa and Tal Tamr", and parts of a place: "in the heart of Damascus", "the entrance of Jubata al-Khashab". */
const PLACE_NOUN = new RegExp(
  String.raw`\b(?:(?:${PLACE_KIND_NOUNS.join("|")})s?|outskirts|suburbs?|neighbou?rhoods?|quarters?|border town|hometown|heart|cent(?:re|er)|edge|streets|vicinity|environs|parts?|entrances?)[,]?\s+(?:of\s+)?$`,
  "iu",
);

/**
 * How far back the context rules look: they read a few words before a name. Bounding it keeps
 * each test constant-time however long the sentence (a 1 MB one-line article is legal input).
 */
const LOOK_BACK = 160;

/** The text before `start`, from its sentence's beginning but never more than LOOK_BACK characters. */
function textBefore(body: string, start: number, sentenceStart: number): string {
  return body.slice(Math.max(sentenceStart, start - LOOK_BACK), start);
}

/** A possessive ("Ankara's role", "Damascus' partners") names the polity, not the place. */
const POSSESSIVE = /^['’]s?\b/;

/** Verbs that report: a date beside one dates the report, not what it tells of. */
export const REPORTING_VERB = /\b(?:said|says|told|announced|reported|stated|confirmed|added)\b/i;
/** The same verb just before a date that follows it: "…, an official said Saturday", "he told reporters on Monday". */
export const REPORTED_JUST_BEFORE = /\b(?:said|says|told(?:\s+\w+){0,2}|announced|reported|stated|confirmed|added)\s+(?:on\s+)?$/i;

/** "called on Washington to end …", "urged on": the phrasal verb names who is asked, not a place. */
const CALLED_ON = /\b(?:call(?:s|ed|ing)?|urg(?:es|ed|ing))\s+on\s+$/i;

export function isLocative(body: string, start: number, end: number, sentenceStart: number): boolean {
  if (POSSESSIVE.test(body.slice(end, end + 2))) return false;
  const before = textBefore(body, start, sentenceStart);
  if (CALLED_ON.test(before)) return false;
  return LOCATIVE.test(before) || MOTION_TO.test(before) || PLACE_NOUN.test(before);
}

/** How far into its sentence a dateline's place may stand ("KILIS, TÜRKİYE, August 2." and longer agency lines). */
const DATELINE_REACH = 80;

/**
 * "ERBIL, Kurdistan Region -", "BEIRUT, Lebanon (AP) —" or "Ankara (Türkiye):" opening a report:
 * the town (and the country or region beside it) the report was filed from.
 */
export function isDatelinePlace(body: string, start: number, end: number, sentenceStart: number): boolean {
  // A dateline opens its sentence: a place further in is none, and the test stays constant-time in a 1 MB sentence.
  if (start - sentenceStart > DATELINE_REACH) return false;
  const opening = body.slice(sentenceStart, start);
  const text = body.slice(start, end);
  const after = body.slice(end, end + 48);
  const town = /^[\s\p{Lu}.'’-]*$/u.test(opening) && text === text.toUpperCase() && /^\s*[,(—–-]/.test(after);
  // The country or region after the town's comma is the dateline's too.
  const qualifier = /^[\s\p{Lu}.'’-]+,\s*$/u.test(opening) && /^\s*[(—–-]/.test(after);
  // Written in title case, a dateline is told by what follows the town: a parenthesis (an agency or
  // a country), then a colon or a dash. The country in that parenthesis is the dateline's too.
  const titled = /^\s*$/.test(opening) && /^\s*\([^()]{1,40}\)\s*[:—–-]/.test(after);
  const bracketed = /^\s*\p{Lu}[\p{L}\s.'’-]*\($/u.test(opening) && /^\)\s*[:—–-]/.test(after);
  // "Quneitra, SANA-", "Damascus, SANA –": the town, then the agency's name in capitals and a dash.
  const agency = /^\s*$/.test(opening) && /^,\s*\p{Lu}{2,}(?:\s+\p{Lu}{2,})?\s*[—–-]/u.test(after);
  return town || qualifier || titled || bracketed || agency;
}

/** "DAMASCUS, Dec 3 (Reuters) -": the day a report was filed, in its dateline, which dates no happening it tells. */
export function isDatelineDate(body: string, start: number, end: number, sentenceStart: number): boolean {
  if (start - sentenceStart > DATELINE_REACH) return false;
  return (
    /^[\s\p{Lu}.'’-]+,\s*$/u.test(body.slice(sentenceStart, start)) && /^\s*(?:\([^()]{1,40}\)\s*)?[—–-]/.test(body.slice(end, end + 48))
  );
}

/**
 * "Sana news agency", "the Dicle Fırat Journalists Association", "Hawar News": a name that opens a
 * newsroom's or an association's name (up to two more capitalised words before its head noun) is no place.
 */
const ORGANISATION_AFTER =
  /^(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:[Nn]ews|[Aa]gency|Journalists|Association|TV|Television|Radio|Times|Post|Press|Network|Channel|Foundation|Observatory|Gazette|Herald|Tribune)\b/u;
/** Words that may stand before a place name without being a first name: "Syrian", "Israeli-occupied". */
const NAME_PREFIX_OK =
  /^(?:the|The|[A-Z][a-z]+(?:ian|ish|i|ese|an)|[A-Z][\w]*-(?:occupied|held|controlled|administered|run)|Northern|Southern|Eastern|Western|Central|Greater|Upper|Lower|Old|New|Lake|Mount|Jabal|Jebel|Wadi|Tal|Tel|Tell|Ain|Ras|Deir|Beit|Kafr|Khan|Mazraat|Umm|Abu)$/;

/**
 * Whether the name is part of something else: a person's name ("Rohilat Afrin", "Mohammad
 * Ghazi al-Jalali" — a capitalised word or a patronymic's "bin" just before it), an actor ("Damascus forces") or an
 * organisation ("Sana news agency").
 */
export function isPartOfOtherName(body: string, start: number, end: number, sentenceStart: number): boolean {
  if (ACTOR_NOUN_AFTER.test(body.slice(end, end + 20)) || ORGANISATION_AFTER.test(body.slice(end, end + 60))) return true;
  const before = textBefore(body, start, sentenceStart);
  const previous = /(?:^|\s)([\p{L}'-]+) $/u.exec(before);
  if (!previous) return false;
  // "Prince Khalid bin Salman", "Abdullah ibn Abbas": a patronymic's father is a person, not the place of his name.
  if (/^(?:bin|ibn|bint)$/.test(previous[1])) return true;
  // A sentence's first word is capitalised by position, not because it is a name; in a title-case
  // headline ("Israeli Raid In Manbij Kills Three") every word is.
  const opensSentence = start - LOOK_BACK <= sentenceStart && before.trimStart().length === previous[1].length + 1;
  // "Syria's al-Hol camp", "Aleppo's Sheikh Maqsoud": a possessive owns the place; no first name ends so.
  const possessive = /['’]s?$/.test(previous[1]);
  return (
    !opensSentence && !possessive && /^\p{Lu}/u.test(previous[1]) && !NAME_PREFIX_OK.test(previous[1]) && !isTitleCase(body, sentenceStart)
  );
}

/** Longer than any headline: a line past it is prose, however many names it holds. */
const HEADLINE_CHARS = 160;

/**
 * Whether a sentence opens a title-case headline: a short line whose words of four letters or more
 * are capitalised, but for one in five ("Turkey Prepares to Establish Air Defense Base in Central Syria").
 */
function isTitleCase(body: string, sentenceStart: number): boolean {
  const line = body.slice(sentenceStart, sentenceStart + HEADLINE_CHARS + 1).split("\n", 1)[0];
  if (line.length > HEADLINE_CHARS) return false;
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((word) => /^\p{Lu}/u.test(word)).length >= words.length * 0.8;
}

/**
 * Nouns of sites named after the place they stand at: "Sarmada Camp", "Saydnaya Prison", "the Nassib border crossing".
 * After a name they keep it that place (here) and make it one (ingest/extract-article.ts).
 */
export const SITE_NOUNS = [
  "camp",
  "dam",
  "airport",
  "airbase",
  "base",
  "prison",
  "hospital",
  "market",
  "square",
  "gate",
  "port",
  "checkpoint",
  "crossing",
  "road",
  "highway",
  "bridge",
  "refinery",
  "station",
  "plant",
];

/**
 * "Damascus forces", "Ankara government": the name qualifies an actor and is no place; not a site of that kind
 * ("the Saydnaya military prison", "the Mezzeh military airport").
 */
const ACTOR_NOUN_AFTER = new RegExp(
  String.raw`^\s+(?:forces|government|army|officials|authorities|administration|regime|troops|military|leadership|governor|mayor|municipality|council)\b(?!\s+(?:${SITE_NOUNS.join("|")})\b)`,
  "i",
);

/** Capitalised words a place's name may run on into and stay that place: "Sarmada Camp", "Saydnaya Prison", "Homs Monday". */
const NAME_RUNS_INTO = new RegExp(
  String.raw`^(?:${[...PLACE_KIND_NOUNS, "subdistrict", ...SITE_NOUNS, "plain", "valley", "river", "mountains?", "hills?", ...WEEKDAYS, ...MONTHS].join("|")})s?$`,
  "i",
);

/** "Saida al-Hanout", "Raqqa al Samra": an Arabic article and a name running on. */
const ARTICLE_AND_NAME = /^[ -](?:al|el|ad|ar|as|ash|at|az|an|ed|es|et|ez)[ -]\p{Lu}/u;

/**
 * "toward the Qara Qozak bridge": a town's name that runs on into a capitalised word is part of a
 * longer name, here one no gazetteer knows, so "Qara" alone is not the place meant. Not in a
 * title-case line ("Israeli Raid In Sarmada Leaves Three Dead"), where every word is capitalised.
 * Running on into an article and a name ("Saida al Hanout", a Quneitra village, not Sidon), even a
 * city's name is a longer name's first word.
 */
export function runsIntoLongerName(body: string, end: number, sentenceStart: number, town: boolean): boolean {
  const after = body.slice(end, end + 40);
  if (ARTICLE_AND_NAME.test(after)) return true;
  const next = /^[ -](\p{Lu}[\p{L}'’-]*)/u.exec(after);
  return town && next !== null && !NAME_RUNS_INTO.test(next[1]) && !isTitleCase(body, sentenceStart);
}
