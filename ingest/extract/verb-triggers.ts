import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { PloverType } from "@/lib/vocabulary";
import { VERB_LEXICON } from "./verb-lexicon";
import { FUTURE_AUXILIARIES, PLANNING_WORDS } from "./plan-words";

/** How a verb places its happening in time, read from the auxiliaries before it. */
export type Aspect = "past-perfect" | "present-perfect" | "planned" | "simple";

/** A verb of VERB_LEXICON as used in the text: where, its lemma and type, and how it is said. */
export interface VerbTrigger {
  start: number;
  end: number;
  word: string;
  lemma: string;
  type: PloverType;
  aspect: Aspect;
  /** "did not attack", "never signed": wink's negation flag. */
  negated: boolean;
}

// The model ships inside its npm package and loads offline in about 0.1 s (docs/performance.md); once per process.
let nlp: ReturnType<typeof winkNLP> | undefined;
const tagger = () => (nlp ??= winkNLP(model));

/** Loads the model now (a worker thread does so as it starts, so no article's time budget pays for it). */
export function loadTagger(): void {
  tagger();
}

/** Words before a verb that make it later than the report: "will strike", "plans to visit", "is expected to sign". */
const PLANNED = new Set([...FUTURE_AUXILIARIES, "would", ...PLANNING_WORDS, "planned"]);

/** The tags of a word an infinitive of purpose follows: its verb's object or time ("met Fidan to discuss", "on Thursday to sign"). */
const PURPOSE_AFTER = new Set(["NOUN", "PROPN", "NUM"]);

/** How many tokens back the auxiliaries of one verb phrase are looked for ("had not yet been fully deployed"). */
const AUXILIARY_REACH = 5;

/** The aspect of the verb at `index`, from the auxiliaries and particles just before it. */
function aspectAt(values: string[], tags: string[], index: number): Aspect {
  for (let back = index - 1; back >= Math.max(0, index - AUXILIARY_REACH); back -= 1) {
    const word = values[back].toLowerCase();
    // "agreed to withdraw", "is ready to sign" are ahead; "received the minister in Amman to discuss" is the
    // purpose of what was done, an infinitive after an object, as done as the verb it follows.
    if (word === "to" && tags[back] === "PART") return PURPOSE_AFTER.has(tags[back - 1]) ? "simple" : "planned";
    if (PLANNED.has(word)) return "planned";
    if (word === "had") return "past-perfect";
    if (word === "has" || word === "have") return "present-perfect";
    // Past the verb phrase: another verb, a noun or a clause boundary.
    if (!["AUX", "ADV", "PART"].includes(tags[back])) break;
  }
  return "simple";
}

/** The word with an inflection taken off, as the lexicon may hold it: "abducted" → abduct, "striking" → strike, "shelled" → shell. */
function stripInflection(word: string): string[] {
  const stems: string[] = [];
  for (const [ending, ...replacements] of [
    ["ing", "", "e"],
    ["ed", "", "e"],
    ["d", ""],
    ["es", ""],
    ["s", ""],
  ] as const) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, -ending.length);
    for (const replacement of replacements) stems.push(stem + replacement);
    // A doubled last consonant: "targetted", "shelled" → shell stays, "clashing" → clash.
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) stems.push(stem.slice(0, -1));
  }
  return stems;
}

/**
 * The lemma of a verb in the text, or null for other words. The tagger names most verbs; after an
 * auxiliary, an -ed or -ing form it took for a noun or adjective is a verb too ("had abducted",
 * "is striking"), and its lemma is found by taking the inflection off.
 */
function verbLemma(word: string, tag: string, taggerLemma: string, previousTag: string | undefined): string | null {
  if (tag === "VERB") {
    const lemma = taggerLemma.toLowerCase();
    return VERB_LEXICON.has(lemma) ? lemma : (stripInflection(word.toLowerCase()).find((stem) => VERB_LEXICON.has(stem)) ?? lemma);
  }
  if ((tag === "NOUN" || tag === "ADJ") && previousTag === "AUX" && /(?:ed|ing)$/i.test(word))
    return stripInflection(word.toLowerCase()).find((stem) => VERB_LEXICON.has(stem)) ?? null;
  return null;
}

/**
 * The lexicon's verbs in `text`, tagged by wink-nlp (POS and lemmas from the shipped English
 * model): only tokens tagged VERB count, so "the attack" and "an armed group" stay nouns and
 * adjectives here (the regular expressions read the nouns). Offsets index `text`.
 */
export function findVerbTriggers(text: string): VerbTrigger[] {
  const nlpNow = tagger();
  const its = nlpNow.its;
  const tokens = nlpNow.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as Parameters<typeof tokens.out>[0]) as string[];
  const negations = tokens.out(its.negationFlag) as unknown as boolean[];
  const found: VerbTrigger[] = [];
  let cursor = 0;
  values.forEach((value, index) => {
    // Tokens come in order: each is found from the end of the last (wink keeps the text's characters).
    const start = text.indexOf(value, cursor);
    if (start < 0) return;
    cursor = start + value.length;
    const lemma = verbLemma(value, tags[index], lemmas[index], tags[index - 1]);
    const type = lemma ? VERB_LEXICON.get(lemma) : undefined;
    if (!type) return;
    found.push({
      start,
      end: cursor,
      word: value,
      lemma: lemma!,
      type,
      aspect: aspectAt(values, tags, index),
      negated: Boolean(negations[index]),
    });
  });
  return found;
}
