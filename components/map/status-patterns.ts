/**
 * How sure the desk is of a region is drawn as a pattern over its holder's colour, in near-black,
 * so a black-and-white print still tells an assessed advance from a claim or contested ground:
 * hatching, dots and cross-hatching, as ISW's control maps do. Assessed control is the plain fill;
 * an approximate area has a dashed edge (overlay-layers.ts). The legends draw with the same code.
 */
import type { RegionStatus } from "@/geo/types";

export type StatusPattern = "hatch" | "dots" | "cross";

export const STATUS_PATTERNS: Partial<Record<RegionStatus, StatusPattern>> = {
  "assessed-advance": "hatch",
  claimed: "dots",
  contested: "cross",
};

/** What each status looks like, in words: for legends, and a print whose reader cannot tell the patterns apart. */
export const STATUS_LOOKS: Record<RegionStatus, string> = {
  assessed: "plain fill, solid edge",
  "assessed-advance": "hatched",
  claimed: "dotted",
  contested: "cross-hatched",
  approximate: "dashed edge",
};

/** The map image of a status's pattern is `region-pattern:<status>`. */
export const PATTERN_IMAGE_PREFIX = "region-pattern:";

/** One tile in CSS pixels; drawn at 2× like the markers (marker-images.ts). */
export const PATTERN_TILE = 12;
export const PATTERN_PIXEL_RATIO = 2;
const INK = "rgba(20, 20, 20, 0.6)";

/** Draws a pattern's tile of `size` px (it repeats seamlessly) into a context, over what is there. */
export function drawStatusPattern(context: CanvasRenderingContext2D, pattern: StatusPattern, size: number): void {
  context.strokeStyle = INK;
  context.fillStyle = INK;
  context.lineWidth = size / 12;
  // Each direction in three strokes, so a tile's corners join its neighbours' lines.
  const diagonal = (rising: boolean) => {
    context.beginPath();
    for (const offset of [-size, 0, size]) {
      context.moveTo(offset, rising ? size : 0);
      context.lineTo(offset + size, rising ? 0 : size);
    }
    context.stroke();
  };
  if (pattern === "hatch") diagonal(true);
  else if (pattern === "cross") {
    diagonal(true);
    diagonal(false);
  } else {
    context.beginPath();
    context.arc(size / 4, size / 4, size / 10, 0, 2 * Math.PI);
    context.arc((3 * size) / 4, (3 * size) / 4, size / 10, 0, 2 * Math.PI);
    context.fill();
  }
}

/** Pixels of a pattern tile, for map.addImage. */
export function renderPatternImage(pattern: StatusPattern): ImageData {
  const size = PATTERN_TILE * PATTERN_PIXEL_RATIO;
  const context = new OffscreenCanvas(size, size).getContext("2d") as unknown as CanvasRenderingContext2D;
  drawStatusPattern(context, pattern, size);
  return context.getImageData(0, 0, size, size);
}
