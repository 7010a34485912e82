import { foldText } from "./fold-text";

/**
 * One key for the many spellings of a place name: "Ra’s al-‘Ayn", "Ras al Ain" and
 * "Ras el-Ain" all become "ras ayn". Applied to gazetteer names and article text alike.
 */

/** Arabic articles as transliterated: dropped when they stand before a word ("al-Bab", "Deir ez-Zor"). */
const ARTICLES = new Set(["al", "el", "ad", "adh", "ar", "as", "ash", "at", "ath", "az", "ad", "an", "ed", "er", "es", "et", "ez", "en"]);

/** Whether a word is an Arabic article as transliterated ("al", "ad", "as"). */
export const isArticle = (word: string): boolean => ARTICLES.has(word.toLowerCase());

/** Common transliteration variants of the same word, to one spelling. A Map, as every table a word of the text looks up: "constructor" is no variant. */
const WORD_VARIANTS = new Map<string, string>([
  ["tel", "tal"],
  ["tell", "tal"],
  ["tall", "tal"],
  ["jebel", "jabal"],
  ["jabal", "jabal"],
  ["jbel", "jabal"],
  ["deir", "dayr"],
  ["dayr", "dayr"],
  ["der", "dayr"],
  ["ain", "ayn"],
  ["ein", "ayn"],
  ["ayn", "ayn"],
  ["aayn", "ayn"],
  ["beit", "bayt"],
  ["bait", "bayt"],
  ["bent", "bint"],
  ["kfar", "kafr"],
  ["kefr", "kafr"],
  ["abou", "abu"],
  ["um", "umm"],
  ["sheikh", "shaykh"],
  ["shaikh", "shaykh"],
  ["sheik", "shaykh"],
  ["shaykh", "shaykh"],
  ["mazraat", "mazraa"],
  ["mazraet", "mazraa"],
  ["madinat", "madina"],
  ["madinet", "madina"],
  ["medina", "madina"],
  ["sadd", "sad"],
  ["turkiye", "turkey"],
  // The Arabic for a village's eastern, western, northern or southern part, in its spellings (see englishForms).
  ...Object.entries({
    sharqiya: ["sharqiyah", "sharqieh", "sharqiyeh", "sharkiyeh", "sharkiya", "sharqia", "charqiye", "sharqi", "sharki"],
    gharbiya: ["gharbiyah", "gharbieh", "gharbiyeh", "gharbia", "gharbi"],
    shamaliya: ["shamaliyah", "shamalieh", "shamaliyeh", "shmaliyeh", "shamalia", "shamali"],
    janubiya: ["janubiyah", "janubieh", "janoubiyeh", "jnoubiyeh", "janoubia", "janubia", "janubi", "janoubi"],
  }).flatMap(([canonical, spellings]) => [canonical, ...spellings].map((spelling): [string, string] => [spelling, canonical])),
]);

/** A word of a name as matching sees it: its plain spelling, and the key it contributes. */
export interface NameToken {
  plain: string;
  key: string;
}

/**
 * The tokens of `text`, each normalised once. The extractor tokenises every word of an article
 * once and joins tokens into phrase keys (nameKey), rather than re-normalising each phrase it tries.
 */
export function nameTokens(text: string): NameToken[] {
  return (
    // Folded as the extractor folds all text (accents dropped, Turkish's dotless ı read as i), then any
    // combining mark a decomposed text still holds.
    foldText(text)
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[’‘ʿʾ'`´ʼ]/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim()
      .split(" ")
      .filter(Boolean)
      .map((plain) => {
        const variant = WORD_VARIANTS.get(plain) ?? plain;
        // Long vowels as English and French spell them are one (Tishreen / Tishrin, Qousair / Qusair), so is
        // the diphthong (Jbeil / Jbail), and doubled letters and a final -h after a vowel are spelling noise
        // (Raqqah / Raqqa / Raqa). A final -eh is the -a of Arabic's feminine ending (Raqqeh), and a final -e
        // after a consonant French spelling's silent one (Tishrine / Tishrin): both only on words long enough to be names.
        const key = variant
          .replace(/ee/g, "i")
          .replace(/ei/g, "ai")
          .replace(/o[ou]/g, "u")
          .replace(/(.)\1+/g, "$1");
        const ending = key.length < 5 ? key : key.replace(/eh$/, "a").replace(/([^aeiou])e$/, "$1");
        return { plain, key: ending.replace(/([aeiou])h$/, "$1") };
      })
  );
}

/** A word's letters as spelt, any case, diacritics aside: what a word must equal to be a name as written. */
export const spellingOf = (word: string): string => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** The key of a phrase from its tokens: articles dropped before a following word. */
export function nameKey(tokens: NameToken[]): string {
  return tokens
    .filter(({ plain }, index) => !(ARTICLES.has(plain) && index < tokens.length - 1))
    .map(({ key }) => key)
    .join(" ");
}

export function normaliseName(text: string): string {
  return nameKey(nameTokens(text));
}

/** Fewest consonants a skeleton needs to be matched by (two short words of two letters each would match too much). */
const SKELETON_CONSONANTS = 6;

/**
 * A name key by its consonants, for names of two words or more: Arabic's short vowels are written or not
 * ("Jubata al-Khashab" / "Jbata Elkhashab") and an article may be fused to its word ("Elkhashab"). Undefined
 * for one word or too few consonants, where consonants alone would match ordinary words.
 */
export function skeletonOf(key: string): string | undefined {
  const words = key.split(" ");
  if (words.length < 2) return undefined;
  const skeleton = words
    .map((word, index) => (index > 0 && word.length > 4 ? word.replace(/^(?:al|el)/, "") : word).replace(/[aeiou]/g, ""))
    .filter(Boolean)
    .join(" ");
  return skeleton.replace(/ /g, "").length >= SKELETON_CONSONANTS ? skeleton : undefined;
}

/**
 * The English forms of an Arabic place name that says what it is: "Sad Tishrin" and "Madinet Sad
 * Tishrin" (the dam's town) are "Tishrin Dam" in English text. From a normalised key, to normalised keys.
 */
export function englishForms(key: string): string[] {
  const dam = /^(?:madina )?sad (.+)$/.exec(key);
  if (dam) return [`${dam[1]} dam`];
  // OCHA's "Eastern Lweibdeh" is "Lweibdeh al-Sharqiya" in Arabic order.
  const [first, ...rest] = key.split(" ");
  const arabic = ARABIC_PART.get(first);
  return arabic && rest.length ? [`${rest.join(" ")} ${arabic}`] : [];
}

/** The Arabic adjective of a part, as WORD_VARIANTS spells it, by the English word's key ("southern" keys as "suthern"). */
const ARABIC_PART = new Map(
  Object.entries({ eastern: "sharqiya", western: "gharbiya", northern: "shamaliya", southern: "janubiya" }).map(([english, arabic]) => [
    normaliseName(english),
    arabic,
  ]),
);
