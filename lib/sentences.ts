import { firstIndex } from "./sorted-search";

/** A sentence of an article body, by its offsets into the body. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Abbreviations that end in a full stop without ending the sentence. */
const ABBREVIATIONS = new Set([
  "lt",
  "gen",
  "maj",
  "col",
  "capt",
  "cpt",
  "sgt",
  "brig",
  "adm",
  "cmdr",
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "sen",
  "rep",
  "gov",
  "pres",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "no",
  "vs",
  "approx",
  "est",
  "inc",
  "co",
  "corp",
  "jr",
  "sr",
]);

/**
 * Splits a body into sentences at . ! ? followed by a space and a capital, quote or digit,
 * and at line breaks (headlines and paragraphs), never after a title abbreviation ("Lt.
 * Gen.") or an initialism ("U.S."). Offsets are JavaScript string indices into the body.
 */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = body.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) sentences.push({ index: sentences.length, start: start + leading, end: start + leading + text.length, text });
    start = end;
  };
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index];
    if (char === "\n") {
      push(index);
      continue;
    }
    if (char !== "." && char !== "!" && char !== "?") continue;
    let end = index + 1;
    while (end < body.length && /["”’)\]]/.test(body[end])) end += 1;
    if (!/^\s+["“‘(]?[\p{Lu}\d]/u.test(body.slice(end, end + 4))) continue;
    if (char === ".") {
      const word = /([\p{L}.]+)$/u.exec(body.slice(Math.max(0, index - 12), index))?.[1] ?? "";
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^(\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word)) continue;
    }
    push(end);
  }
  push(body.length);
  return sentences;
}

/** The sentence holding `offset` (sentences are in order; binary search, for long articles). */
export function sentenceAt(sentences: Sentence[], offset: number): Sentence {
  return sentences[Math.max(0, firstIndex(sentences, (sentence) => sentence.start > offset) - 1)];
}
