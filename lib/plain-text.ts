/**
 * Text a person typed is plain text: no control characters, and none of the Unicode bidi
 * controls that make text display other than it is stored ("Trojan Source", CVE-2021-42574).
 * Every text field of every door (API, forms, CSV, GeoJSON) goes through these checks; an
 * article's body is stored verbatim and has its own rules (ingest/article-input.ts).
 */
import { z } from "zod";

/** C0 and C1 controls except tab and line breaks; the bidi embeddings, overrides and isolates (U+202A–E, U+2066–9). */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** The same, and tab and line breaks too: for a title or a name, which is one line. */
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** Names the first control or bidi character of `text` and where it is, or null when there is none. */
function unsafeCharacterIn(text: string, options: { singleLine?: boolean } = {}): string | null {
  const match = (options.singleLine ? UNSAFE_IN_LINE : UNSAFE).exec(text);
  return match ? `a control or bidi character (${codePoint(match[0])} at character ${match.index + 1})` : null;
}

/** `text` without control and bidi characters, and how many were removed. */
export function stripUnsafeCharacters(text: string, options: { singleLine?: boolean } = {}): { text: string; removed: number } {
  const pattern = new RegExp((options.singleLine ? UNSAFE_IN_LINE : UNSAFE).source, "g");
  let removed = 0;
  const cleaned = text.replace(pattern, () => {
    removed += 1;
    return options.singleLine ? " " : "";
  });
  return { text: options.singleLine ? cleaned.replace(/ {2,}/g, " ").trim() : cleaned, removed };
}

/** A zod string that refuses control and bidi characters, saying which and where. */
export function plainText(options: { singleLine?: boolean } = {}) {
  return z.string().superRefine((value, context) => {
    const problem = unsafeCharacterIn(value, options);
    if (problem) context.addIssue({ code: "custom", message: `contains ${problem}: remove it` });
  });
}
