import actorRegistry from "@/db/seed/actors.json" with { type: "json" };
import { foldText } from "../fold-text";
import {
  ACTOR_COUNTRY,
  ASSAD_ERA_ACTOR,
  ASSAD_FALL,
  ASSAD_WORDS,
  DEMONYMS,
  EXTRA_ALIASES,
  INSTITUTIONS,
  NOT_PERSON,
  PROXY_OF,
  stateOfCountry,
  syrianStateAt,
} from "./actor-lexicon";
import type { ActorMention } from "@/lib/extraction-types";
import { PLACE_KIND_NOUNS } from "./context";

interface RegistryActor {
  id: string;
  aliases: string[];
  members: string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** "Turkish officials" also as "Turkish Officials": the first letter of each word either case. */
const anyInitialCase = (phrase: string) =>
  phrase
    .split(" ")
    .map((word) => `[${word[0].toUpperCase()}${word[0].toLowerCase()}]${escape(word.slice(1))}`)
    .join("\\s+");
/** All capitals and short: an acronym, matched only as written ("US", never "us"). */
const isAcronym = (alias: string) => /^[A-Z][A-Z.]{1,5}$/.test(alias);

/** A member's surname as news uses it alone: "Assad", "Erdoğan", "Abu Qasra". */
export function surnamesOf(member: string): string[] {
  const words = member.trim().split(/\s+/);
  if (words.length < 2 || NOT_PERSON.test(member)) return [];
  const last = words.at(-1)!;
  const particle = words.at(-2)!.toLowerCase();
  if (["abu", "bin", "ibn", "al", "el"].includes(particle)) return [words.slice(-2).join(" ")];
  // "al-Sharaa" is also "Sharaa", and "Al-Sharaa" where it opens a sentence.
  const particled = /^(al|el)-/i.test(last) ? [last.replace(/^(al|el)-/i, ""), last[0].toUpperCase() + last.slice(1)] : [];
  return [...new Set([last, ...particled])];
}

interface Lexicon {
  /** Folded phrase, as written → actor id. */
  names: Map<string, string>;
  /** The folded phrases of those that name a person: members and their surnames. */
  persons: Set<string>;
  namePattern: RegExp;
  acronyms: Map<string, string>;
  acronymPattern: RegExp;
  demonymPattern: RegExp;
  demonymActor: Map<string, string>;
  /** The second demonym of "Lebanese and Syrian officials", read inside a demonym phrase. */
  coordinatedDemonym: RegExp;
  /** "Turkish-backed fighters", "Hezbollah-aligned forces": a patron's name or demonym, its tie, a group noun. */
  patronPattern: RegExp;
  /** "Syria's defence ministry", "the new authorities in Damascus": an institution a name owns or seats. */
  ownedPattern: RegExp;
  seatedPattern: RegExp;
}

function buildLexicon(actors: RegistryActor[]): Lexicon {
  const names = new Map<string, string>();
  const persons = new Set<string>();
  const acronyms = new Map<string, string>();
  const add = (phrase: string, actor: string) => {
    const folded = foldText(phrase.replace(/\(.*\)/, "").trim());
    if (isAcronym(folded)) acronyms.set(folded, actor);
    else if (!names.has(folded)) names.set(folded, actor);
  };
  for (const actor of actors) {
    for (const alias of [...actor.aliases, ...(EXTRA_ALIASES[actor.id] ?? [])]) add(alias, actor.id);
    for (const member of actor.members) add(member, actor.id);
  }
  // Surnames last, so a full alias always keeps its own actor.
  for (const actor of actors) for (const member of actor.members) for (const surname of surnamesOf(member)) add(surname, actor.id);
  for (const actor of actors)
    for (const member of actor.members)
      for (const phrase of [member, ...surnamesOf(member)]) persons.add(foldText(phrase.replace(/\(.*\)/, "").trim()));
  const byLength = (a: string, b: string) => b.length - a.length;
  const demonymActor = new Map<string, string>();
  for (const [actor, adjectives] of Object.entries(DEMONYMS)) for (const adjective of adjectives) demonymActor.set(adjective, actor);
  // Not "Syrian Rebel Military Operations Command": a rebel body of a country is not its state's.
  const titleWords = "(?:(?!(?:Rebel|Opposition|Insurgent)s?\\b)(?:[A-Z][\\w'-]*|and|of)\\s+){0,4}?";
  const nameAlternation = [...names.keys()].sort(byLength).map(escape).join("|");
  const demonymAlternation = [...demonymActor.keys()].sort(byLength).map(escape).join("|");
  return {
    names,
    persons,
    namePattern: new RegExp(`(?<![\\w-])(?:${nameAlternation})(?![\\w-])`, "g"),
    acronyms,
    acronymPattern: new RegExp(`(?<![\\w.-])(?:${[...acronyms.keys()].sort(byLength).map(escape).join("|")})(?![\\w-])`, "g"),
    demonymActor,
    patronPattern: new RegExp(
      `(?<![\\w-])(${[...names.keys(), ...demonymActor.keys()].sort(byLength).map(escape).join("|")})-(backed|aligned|affiliated|allied)\\s+(?:(?:[A-Z][\\w'-]*|opposition|armed|rebel|Islamist)\\s+){0,3}(?:forces|fighters|factions|militias?|militants|groups|rebels|opposition|gunmen)(?![\\w-])`,
      "g",
    ),
    ownedPattern: new RegExp(
      `(?<![\\w-])(${nameAlternation})'s?\\s+${titleWords}(${INSTITUTIONS.sort(byLength).map(anyInitialCase).join("|")})(?![\\w-])`,
      "g",
    ),
    seatedPattern: new RegExp(
      `(?<![\\w-])(?:[Tt]he\\s+)?(?:(?:new|interim|transitional|Islamist|Islamist-led)\\s+){0,2}(?:government|authorities|leadership|administration|rulers)\\s+in\\s+(${nameAlternation})(?![\\w-])`,
      "g",
    ),
    coordinatedDemonym: new RegExp(`^(?:${demonymAlternation})\\s+and\\s+(${demonymAlternation})(?=\\s)`),
    demonymPattern: new RegExp(
      `(?<![\\w-])(${demonymAlternation})\\s+${titleWords}(${INSTITUTIONS.sort(byLength).map(anyInitialCase).join("|")})(?![\\w-])`,
      "g",
    ),
  };
}

const lexicon = buildLexicon(actorRegistry as RegistryActor[]);

/**
 * A government the text does not name, as news of one country writes it: "government forces", "the
 * defence ministry", "the new Islamist rulers". The gazetteer's country codes of ACTOR_COUNTRY, read back.
 */
const UNNAMED_GOVERNMENT =
  /(?<![\w-])(?:[Tt]he\s+)?(?:(?:new|interim)\s+)?(?:(?:pro-)?government(?:'s)?\s+(?:and\s+allied\s+)?(?:(?:security\s+)?forces|reinforcements|troops)|security\s+forces|Islamist(?:-led)?\s+(?:rulers|authority|authorities|government)|(?:defen[cs]e|interior)(?:\s+and\s+interior)?\s+ministr(?:y|ies)|Ministry\s+of\s+(?:Defen[cs]e|Interior))(?![\w-])/gi;

/**
 * Mentions of the government of `country` (the country an article's places lie in) where the text
 * leaves it unnamed, in spans none of `named` (in text order, not overlapping) holds. Before
 * 8 December 2024 Syria's is Assad's.
 */
export function findUnnamedGovernment(
  body: string,
  country: string | undefined,
  published: string | undefined,
  named: ActorMention[],
): ActorMention[] {
  const state = stateOfCountry(country);
  if (!state) return [];
  const actor = syrianStateAt(state, published);
  const folded = foldText(body);
  const found: ActorMention[] = [];
  // The named mentions are in text order and do not overlap: one pointer walks them beside the matches.
  let next = 0;
  for (const match of folded.matchAll(UNNAMED_GOVERNMENT)) {
    const [start, end] = [match.index, match.index + match[0].length];
    while (next < named.length && named[next].end <= start) next += 1;
    if (next < named.length && named[next].start < end) continue;
    // "the National Defense Ministry" is a name's end: the named mention, or none, stands.
    if (/\p{Lu}[\w'-]*\s+$/u.test(folded.slice(Math.max(0, start - 24), start))) continue;
    // "the government forces of President Bashar al-Assad": whose they are is said next.
    const following = named[next];
    const owned =
      following &&
      following.start <= end + 40 &&
      /^\s+(?:of|loyal\s+to)\s+(?:[A-Z][\w.]*\s+){0,2}$/.test(folded.slice(end, following.start));
    found.push({ start, end, text: body.slice(start, end), actor: owned ? following.actor : actor });
  }
  return found;
}

/** The registry actor a name stands for, if any: "Russia" → RUS. */
export const actorNamed = (name: string): string | undefined => lexicon.names.get(foldText(name));

/** Nouns after a state's institution that make it a newsroom: "state news agency", "state television". */
const MEDIA_AFTER = /^\s+(?:news\s+agency|media|television|TV|broadcaster|channel|radio|newspaper)\b/i;

/** What a pair of states before it makes a place: "the Syria-Lebanon border", "the Israel-Syria frontier". */
const BOUNDARY_AFTER = new RegExp(
  String.raw`^\s+(?:[\w-]+\s+)?(?:${[...PLACE_KIND_NOUNS, "frontier", "boundary", "line", "crossing"].join("|")})s?\b`,
  "i",
);

/** Whether a mention names a person (a member of an actor, by full name or surname), not the actor itself. */
export const isPersonMention = (mention: ActorMention): boolean => lexicon.persons.has(foldText(mention.text));

/**
 * Every mention of a registry actor: names, aliases, members and their surnames, and
 * "<Demonym> … <institution>" phrases. Overlaps keep the longest mention. "Syrian"
 * institutions before 8 December 2024, and any "regime", are Assad's.
 */
export function findActors(body: string, published?: string): ActorMention[] {
  const folded = foldText(body);
  const found: ActorMention[] = [];
  const add = (start: number, end: number, actor: string) => found.push({ start, end, text: body.slice(start, end), actor });

  // Registry names first: on an equal span ("Syrian Democratic Forces") the name wins.
  for (const match of folded.matchAll(lexicon.namePattern)) add(match.index, match.index + match[0].length, lexicon.names.get(match[0])!);
  for (const match of folded.matchAll(lexicon.acronymPattern))
    add(match.index, match.index + match[0].length, lexicon.acronyms.get(match[0])!);

  for (const match of folded.matchAll(lexicon.demonymPattern)) {
    // "Syrian state news agency SANA", "Syrian state media": a newsroom, and media are no actors (the guidelines).
    if (MEDIA_AFTER.test(folded.slice(match.index + match[0].length, match.index + match[0].length + 24))) continue;
    const words = match[0].toLowerCase();
    const before = folded.slice(Math.max(0, match.index - 10), match.index).toLowerCase();
    const stateOf = (demonym: string) => {
      const actor = lexicon.demonymActor.get(demonym)!;
      const assadEra = (published && published < ASSAD_FALL) || ASSAD_WORDS.some((word) => words.includes(word) || before.includes(word));
      return actor === "SYR" && assadEra ? ASSAD_ERA_ACTOR : actor;
    };
    // "Lebanese and Syrian officials": the officials of both states.
    const second = lexicon.coordinatedDemonym.exec(match[0]);
    if (second) {
      add(match.index, match.index + match[1].length, stateOf(match[1]));
      add(match.index + second.index + second[0].length - second[1].length, match.index + match[0].length, stateOf(second[1]));
    } else add(match.index, match.index + match[0].length, stateOf(match[1]));
  }
  // "Syria's health ministry" is Syria's, "the new authorities in Damascus" Syria's, as a demonym's would be.
  for (const pattern of [lexicon.ownedPattern, lexicon.seatedPattern])
    for (const match of folded.matchAll(pattern)) {
      const owner = lexicon.names.get(match[1])!;
      // "Lebanon's state news agency NNA": a newsroom, as after a demonym.
      if (!ACTOR_COUNTRY[owner] || MEDIA_AFTER.test(folded.slice(match.index + match[0].length, match.index + match[0].length + 24)))
        continue;
      add(match.index, match.index + match[0].length, syrianStateAt(owner, published));
    }
  // "Turkish-backed fighters" are Türkiye's proxies, not Türkiye; "Hezbollah-aligned forces" are Hezbollah's own.
  for (const match of folded.matchAll(lexicon.patronPattern)) {
    const patron = lexicon.names.get(match[1]) ?? lexicon.demonymActor.get(match[1])!;
    const actor = match[2] === "backed" ? PROXY_OF[patron] : patron;
    if (actor) add(match.index, match.index + match[0].length, actor);
  }
  // "the Sharaa-Trump meeting", "the Türkiye-Syria pipeline": two people, or two states, joined by a hyphen are
  // both named (a name pattern stops at hyphens); "the Syria-Lebanon border" is a place, no pair of parties.
  for (const match of folded.matchAll(/(?<![\w-])([\p{Lu}][\w']+)-([\p{Lu}][\w']+)(?![\w-])/gu)) {
    const [left, right] = [match[1], match[2]];
    const people = lexicon.persons.has(left) && lexicon.persons.has(right);
    const states =
      ACTOR_COUNTRY[lexicon.names.get(left) ?? ""] !== undefined &&
      ACTOR_COUNTRY[lexicon.names.get(right) ?? ""] !== undefined &&
      !BOUNDARY_AFTER.test(folded.slice(match.index + match[0].length, match.index + match[0].length + 40));
    if (!people && !states) continue;
    add(match.index, match.index + left.length, lexicon.names.get(left)!);
    add(match.index + left.length + 1, match.index + match[0].length, lexicon.names.get(right)!);
  }
  const kept = longestOfOverlaps(found);
  const carried = surnamesCarried(folded, body, kept);
  return carried.length ? longestOfOverlaps([...kept, ...carried]) : kept;
}

/** Mentions in text order, where two overlap the earlier (on an equal start the longer; on an equal span the first added). */
function longestOfOverlaps(found: ActorMention[]): ActorMention[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ActorMention[] = [];
  for (const mention of found) {
    const last = kept.at(-1);
    if (last && mention.start < last.end) continue;
    kept.push(mention);
  }
  return kept;
}

/** A title one person holds, which a name follows: "Russian Deputy Prime Minister Alexander Novak". */
const TITLE_END = /(?:minister|president|envoy|spokes(?:man|person|woman)|commander|counterpart|chief of staff|ambassador)$/i;
const NAME_AFTER_TITLE = /^\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]{2,})(?![\p{L}'’-])/u;
/** How many names one article may introduce so: a bound on the pattern a hostile body could build. */
const MOST_CARRIED = 24;

/**
 * "Russian Deputy Prime Minister Alexander Novak … Novak met Sharaa": news names a person in full with
 * the title once, then by surname alone. The surname, where it stands alone later, is the title's actor.
 */
function surnamesCarried(folded: string, body: string, mentions: ActorMention[]): ActorMention[] {
  const actorOf = new Map<string, string>();
  let from = folded.length;
  for (const mention of mentions) {
    if (actorOf.size >= MOST_CARRIED || !TITLE_END.test(mention.text)) continue;
    const name = NAME_AFTER_TITLE.exec(folded.slice(mention.end, mention.end + 80));
    if (!name) continue;
    for (const surname of surnamesOf(name[1]))
      if (!lexicon.names.has(surname) && !actorOf.has(surname)) actorOf.set(surname, mention.actor);
    from = Math.min(from, mention.end + name[0].length);
  }
  if (!actorOf.size) return [];
  const pattern = new RegExp(String.raw`(?<![\p{L}'’-])(?:${[...actorOf.keys()].map(escape).join("|")})(?![\p{L}'’-])`, "gu");
  pattern.lastIndex = from;
  return [...folded.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: body.slice(match.index, match.index + match[0].length),
    actor: actorOf.get(match[0])!,
  }));
}
