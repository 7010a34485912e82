/**
 * Folds text for matching without moving any offset: every UTF-16 unit maps to exactly
 * one unit, so an index into the folded text is an index into the original. Accents are
 * dropped (ü → u), curly quotes and apostrophes straightened, dashes made hyphens, and Turkish's
 * dotless ı, which has no accent to drop, read as i ("Kalın" is "Kalin" in English text).
 */
const PUNCTUATION: Record<string, string> = {
  ı: "i",
  "’": "'",
  "‘": "'",
  ʼ: "'",
  "`": "'",
  "´": "'",
  "“": '"',
  "”": '"',
  "–": "-",
  "—": "-",
  "‐": "-",
  "\u00a0": " ",
};

export function foldText(text: string): string {
  let folded = "";
  for (const unit of text) {
    if (unit.length > 1) {
      folded += unit; // A surrogate pair stays as it is, two units for two.
      continue;
    }
    folded += PUNCTUATION[unit] ?? unit.normalize("NFD")[0];
  }
  return folded;
}
