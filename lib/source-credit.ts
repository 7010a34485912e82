/**
 * Who a report really comes from. An outlet is one entity however its name or URL is written; a
 * report that carries a wire agency's story ("(AP) —", "Reuters reported", "according to AFP",
 * "as published by") is that agency's, so ten reprints of one wire story are one independent source.
 * Hand-written: the credit lines are a handful of fixed phrasings, and no library names wire agencies.
 */

export interface WireAgency {
  id: string;
  name: string;
  /** How articles name it: its full name and its short form. */
  names: string[];
}

/** The agencies whose stories other outlets reprint in this theatre. */
export const WIRE_AGENCIES: WireAgency[] = [
  { id: "AP", name: "Associated Press", names: ["Associated Press", "AP"] },
  { id: "Reuters", name: "Reuters", names: ["Reuters"] },
  { id: "AFP", name: "Agence France-Presse", names: ["Agence France-Presse", "Agence France Presse", "AFP"] },
  { id: "Anadolu", name: "Anadolu Agency", names: ["Anadolu Agency", "Anadolu", "AA"] },
  { id: "Bloomberg", name: "Bloomberg", names: ["Bloomberg"] },
  { id: "dpa", name: "Deutsche Presse-Agentur", names: ["Deutsche Presse-Agentur", "dpa"] },
  { id: "Xinhua", name: "Xinhua", names: ["Xinhua"] },
  { id: "KUNA", name: "Kuwait News Agency", names: ["Kuwait News Agency", "KUNA"] },
  { id: "SANA", name: "Syrian Arab News Agency", names: ["Syrian Arab News Agency", "SANA"] },
  { id: "IRNA", name: "Islamic Republic News Agency", names: ["Islamic Republic News Agency", "IRNA"] },
  { id: "TASS", name: "TASS", names: ["TASS"] },
  { id: "Trend", name: "Trend News Agency", names: ["Trend News Agency"] },
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
interface Credit {
  agency: WireAgency;
  pattern: RegExp;
}

function creditPatterns(shape: (name: string) => string): Credit[] {
  // JavaScript has no inline (?-i:) groups: short forms get a case-sensitive pattern of their own.
  return WIRE_AGENCIES.flatMap((agency) =>
    agency.names.map((name) => ({
      agency,
      pattern: new RegExp(shape(`\\b${escape(name)}\\b`), name.length <= 5 ? "" : "i"),
    })),
  );
}

/** A sentence that credits an agency: "Reuters reported", "according to AFP", "told the Associated Press", "(AP) —". */
const SENTENCE_CREDITS = creditPatterns(
  (name) =>
    `(?:\\b[Aa]ccording to (?:the )?${name}|\\b[Tt]old (?:the )?${name}|${name}(?: news agency)? (?:reported|quoted|cited)|\\(${name}\\)\\s*[—–-]|\\b[Ww]ith (?:files|reporting) from ${name})`,
);

/** An outlet line that names a reprint: "Associated Press (AP), as published by Republic World", "KUNA via MENAFN". */
const OUTLET_CREDITS = creditPatterns(
  (name) => `^\\s*(?:the )?${name}\\b.*\\b(?:as published by|via|in)\\b|\\b(?:via|from) (?:the )?${name}\\s*$`,
);

/** Any agency's name at all: most sentences name none, and one test spares them the two dozen credit patterns. */
const ANY_AGENCY = new RegExp(`\\b(?:${WIRE_AGENCIES.flatMap((agency) => agency.names.map(escape)).join("|")})\\b`, "i");

/** The agency a sentence credits for what it reports, if any. */
export function wireCreditedIn(sentence: string): string | null {
  if (!ANY_AGENCY.test(sentence)) return null;
  return SENTENCE_CREDITS.find(({ pattern }) => pattern.test(sentence))?.agency.id ?? null;
}

/** How far into an article its dateline and byline reach. */
const DATELINE_CHARS = 300;

/**
 * The agency whose story a whole article is: named so by its outlet line, or by a dateline credit
 * near its start ("DAMASCUS, Syria (AP) —"). A credit in one later sentence is that sentence's only.
 */
export function wireOfArticle(outlet: string, body: string): string | null {
  const byOutlet = OUTLET_CREDITS.find(({ pattern }) => pattern.test(outlet));
  if (byOutlet) return byOutlet.agency.id;
  const opening = body.slice(0, DATELINE_CHARS);
  return (
    creditPatterns((name) => `\\(${name}\\)\\s*[—–:-]|^[A-Z][A-Za-z ,.'-]{0,60}\\(${name}\\)`).find(({ pattern }) => pattern.test(opening))
      ?.agency.id ?? null
  );
}

/** An outlet's name folded for matching: case, accents, punctuation and a leading "The" do not tell outlets apart. */
export function outletKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

/** A URL's host without "www.", or null when it is not a URL. */
export function domainOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}
