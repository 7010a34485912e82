/**
 * One key for the many spellings of a place name: "Ra’s al-‘Ayn", "Ras al Ain" and
 * "Ras el-Ain" all become "ras ayn". Applied to gazetteer names and article text alike.
 */

/** Arabic articles as transliterated: dropped when they stand before a word ("al-Bab", "Deir ez-Zor"). */
const ARTICLES = new Set(["al", "el", "ad", "adh", "ar", "as", "ash", "at", "ath", "az", "ad", "an", "ed", "er", "es", "et", "ez", "en"]);

/** Common transliteration variants of the same word, to one spelling. */
const WORD_VARIANTS: Record<string, string> = {
  tel: "tal", tell: "tal", tall: "tal",
  jebel: "jabal", jabal: "jabal", jbel: "jabal",
  deir: "dayr", dayr: "dayr", der: "dayr",
  ain: "ayn", ein: "ayn", ayn: "ayn", aayn: "ayn",
  beit: "bayt", bait: "bayt",
  kfar: "kafr", kefr: "kafr",
  abou: "abu",
  um: "umm",
  sheikh: "shaykh", shaikh: "shaykh", sheik: "shaykh", shaykh: "shaykh",
  mazraat: "mazraa", mazraet: "mazraa",
  turkiye: "turkey",
};

export function normaliseName(text: string): string {
  const words = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘ʿʾ'`´ʼ]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  return words
    .filter((word, index) => !(ARTICLES.has(word) && index < words.length - 1))
    .map((word) => {
      const variant = WORD_VARIANTS[word] ?? word;
      // Doubled letters and a final -h after a vowel are spelling noise: Raqqah / Raqqa / Raqa.
      return variant.replace(/(.)\1+/g, "$1").replace(/([aeiou])h$/, "$1");
    })
    .join(" ");
}
