/**
 * Writes the map's label glyphs (signed-distance-field PBF ranges, the format MapLibre's
 * `glyphs` URL serves) to public/glyphs/, so labels render the same on every machine with
 * no font server. Source: DejaVu Sans from Debian's fonts-dejavu-core (free licence, see
 * docs/regions-and-sources.md). Run `npm run glyphs:build` after changing fonts or ranges; output is committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import fontnik from "fontnik";
import { GLYPH_FONTS } from "@/components/map/basemap-style";

const FONT_DIR = "/usr/share/fonts/truetype/dejavu";
const FILES: Record<(typeof GLYPH_FONTS)[number], string> = {
  "DejaVu Sans Book": "DejaVuSans.ttf",
  "DejaVu Sans Bold": "DejaVuSans-Bold.ttf",
};
/**
 * 256-codepoint blocks that the region's names need: Latin with Turkish letters (0–767),
 * combining marks, Arabic and its presentation forms, Latin Extended Additional and
 * general punctuation (‘ ’ – …).
 */
const RANGE_STARTS = [0, 256, 512, 768, 1536, 1792, 7680, 8192, 64256, 65024];

const range = promisify(fontnik.range) as (options: { font: Buffer; start: number; end: number }) => Promise<Buffer>;

for (const fontName of GLYPH_FONTS) {
  const font = readFileSync(path.join(FONT_DIR, FILES[fontName]));
  const dir = path.join(process.cwd(), "public", "glyphs", fontName);
  mkdirSync(dir, { recursive: true });
  for (const start of RANGE_STARTS) {
    const end = start + 255;
    writeFileSync(path.join(dir, `${start}-${end}.pbf`), await range({ font, start, end }));
  }
  console.log(`wrote ${RANGE_STARTS.length} ranges of ${fontName}`);
}
