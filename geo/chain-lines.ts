import { distance } from "@turf/turf";
import type { LineString, LonLat } from "./types";

/**
 * Joins line pieces into one line, starting at `start` and following whichever piece has
 * an end within `toleranceKm` of the current end (reversing pieces as needed). Natural
 * Earth cuts rivers into pieces at name changes and lakes; the region builds need the whole
 * course as one line. Closed pieces (a loop around a lake or island) are left out: a line
 * that crosses itself cannot bound a polygon.
 */
export function chainLines(pieces: LonLat[][], start: LonLat, options: { toleranceKm?: number } = {}): LineString {
  const { toleranceKm = 1 } = options;
  const near = (a: LonLat, b: LonLat) => distance(a, b, { units: "kilometers" }) <= toleranceKm;
  const remaining = pieces.filter((piece) => !near(piece[0], piece[piece.length - 1]));
  const chained: LonLat[] = [];
  let end = start;
  for (;;) {
    const index = remaining.findIndex((piece) => near(piece[0], end) || near(piece[piece.length - 1], end));
    if (index < 0) break;
    const [piece] = remaining.splice(index, 1);
    const oriented = near(piece[0], end) ? piece : [...piece].reverse();
    chained.push(...(chained.length ? oriented.slice(1) : oriented));
    end = oriented[oriented.length - 1];
  }
  if (chained.length < 2) throw new Error(`no line piece starts near ${start.join(", ")}`);
  return { type: "LineString", coordinates: chained };
}
