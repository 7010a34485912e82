import type { RegionId } from "@/geo/types";
import { foldText } from "../fold-text";
import { sentenceAt, type Sentence } from "@/lib/sentences";
import type { RegionMention } from "@/lib/extraction-types";

interface RegionPattern {
  region: RegionId;
  pattern: RegExp;
  /** When set, the sentence (or, failing that, the article) must speak of this actor context. */
  needs?: "israel" | "turkey";
  /** When set, a sentence that matches this names another country's part, not the region. */
  unless?: RegExp;
}

const ISRAEL = /\b(Israel|Israeli|IDF|Netanyahu|Katz)\b/;
/** Israel's other front, whose "south" is Lebanon's. */
const LEBANON = /\b(Lebanon|Lebanese|Hezbollah|Litani)\b/;
const TURKEY = /\b(Turkey|Turkiye|Turkish|Ankara|Erdogan|SDF|YPG)\b/;

/** The ways news names the three map regions (docs/extraction.md, "What the extractor is asked to find"). */
const PATTERNS: RegionPattern[] = [
  {
    region: "sdf-northeast",
    pattern:
      /\b(?:northern and eastern Syria|north and east(?:ern)? Syria|north-?east(?:ern)? Syria|northeast(?:ern)? Syria|(?:SDF|Kurdish)-(?:held|controlled|run|led) (?:areas?|territor(?:y|ies)|regions?|parts of Syria)|areas? (?:held|controlled) by the SDF|Autonomous Administration of North and East Syria|east of the Euphrates)\b/gi,
  },
  {
    region: "turkey-syria-border",
    pattern:
      /\b(?:(?:the|its|Turkiye's|Turkey's|Turkish|Syrian|Turkish-Syrian|Syrian-Turkish|Turkey-Syria|Turkiye-Syria|Syria-Turkey|Syria-Turkiye)\s+)+(?:southern\s+)?border(?:\s+(?:strip|zone|area|region|line))?\b/g,
    needs: "turkey",
  },
  {
    region: "turkey-syria-border",
    pattern:
      /\bborder (?:with|between) (?:Syria|Turkiye|Turkey)(?: and (?:Syria|Turkiye|Turkey))?\b|\b(?:the )?border strip\b|\bsafe zone\b/g,
    needs: "turkey",
  },
  { region: "southwest-syria", pattern: /\b(?:(?:in|the|Syria's)\s+)?south-?west(?:ern)?(?:\s+Syria)?\b/g },
  {
    region: "southwest-syria",
    pattern:
      /\b(?:southern Syria(?:'s buffer zone)?|(?:the |a )?buffer zone(?: between the countries)?|(?:the )?(?:UN-patrolled )?demilitari[sz]ed zone|(?:the )?(?:1974 )?(?:ceasefire|disengagement|armistice) line|area of separation)\b/g,
    needs: "israel",
  },
  // "de-escalation in the south", "bases in the south": Syria's, where the article speaks of Israel and the sentence not of Lebanon.
  { region: "southwest-syria", pattern: /(?<=\bin )the south\b(?!\s+of\b)/g, needs: "israel", unless: LEBANON },
  {
    region: "southwest-syria",
    pattern:
      /\b(?:(?:the|western|eastern|northern|southern)\s+)?(?:Quneitra|Daraa|Dara'a|Deraa|Sweida|Suwayda)(?:\s+(?:countryside|province|governorate|and (?:Quneitra|Daraa|Sweida|Suwayda)))?\b/g,
    needs: "israel",
  },
];

/**
 * Mentions of the map's regions. Phrases that name them only in context ("the Syrian
 * border", "southern Syria", "the buffer zone") count where the sentence, or else the
 * article, speaks of Türkiye (for the border) or Israel (for the south-west). A single
 * south-western governorate counts only as the scene of Israeli operations.
 */
export function findRegionMentions(body: string, sentences: Sentence[]): RegionMention[] {
  const folded = foldText(body);
  const articleIsrael = ISRAEL.test(folded);
  const articleTurkey = TURKEY.test(folded);
  const found: RegionMention[] = [];
  // Characters an earlier pattern's mention holds: an overlap check costs the span's length, not the mentions found.
  const claimed = new Uint8Array(folded.length);
  for (const { region, pattern, needs, unless } of PATTERNS) {
    for (const match of folded.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (claimed.subarray(start, end).includes(1)) continue;
      const sentence = sentences.length ? sentenceAt(sentences, start) : undefined;
      const sentenceText = sentence && start < sentence.end ? folded.slice(sentence.start, sentence.end) : "";
      if (needs === "israel") {
        // A bare governorate name is a region only with Israel in the same sentence.
        const bareGovernorate = /^(?:the\s+)?(?:Quneitra|Daraa|Dara'a|Deraa|Sweida|Suwayda)$/.test(match[0]);
        if (bareGovernorate ? !ISRAEL.test(sentenceText) : !(ISRAEL.test(sentenceText) || articleIsrael)) continue;
      }
      if (unless?.test(sentenceText)) continue;
      if (needs === "turkey") {
        if (ISRAEL.test(sentenceText) || /\b(Israel|Jordan|Lebanon|Iraq)\b/.test(match[0])) continue;
        if (!(TURKEY.test(sentenceText) || articleTurkey)) continue;
      }
      claimed.fill(1, start, end);
      found.push({ start, end, text: body.slice(start, end), region });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
