/** A "Save briefing" request, checked before anything is stored. */
import { z } from "zod";
import { plainText } from "@/lib/plain-text";
import type { BriefingSnapshot } from "@/lib/briefing-snapshot";
import { parseEventFilters, type EventFilters } from "@/lib/event-filters";
import { parseComparison, type Comparison } from "@/lib/comparison";

export const MAX_NOTES_CHARS = 10_000;
/** A 2-core screenshot of the map is well under this; more is not a map image. */
export const MAX_IMAGE_BYTES = 8_000_000;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A few bytes can claim a huge image that a browser then decodes: the map is never wider than a big screen at 2×. */
const MAX_IMAGE_SIDE = 8192;
/** The canvas is the map's CSS size times the device pixel ratio (a zoomed-out browser to a 4× screen). */
const MIN_PIXEL_RATIO = 0.25;
const MAX_PIXEL_RATIO = 4;

/** A PNG's width and height from its first chunk, IHDR (PNG spec §11.2.2), or null without one. */
function pngSize(image: Buffer): { width: number; height: number } | null {
  if (image.length < 24 || image.toString("latin1", 12, 16) !== "IHDR") return null;
  return { width: image.readUInt32BE(16), height: image.readUInt32BE(20) };
}

const schema = z.object({
  title: plainText({ singleLine: true }).trim().min(1, "title is empty").max(200, "title is longer than 200 characters"),
  notes: plainText().max(MAX_NOTES_CHARS, `notes are longer than ${MAX_NOTES_CHARS} characters`).default(""),
  query: z.string().max(4000).default(""),
  view: z.object({
    zoom: z.number().min(0).max(22),
    lat: z.number().min(-85).max(85),
    lon: z.number().min(-180).max(180),
    bearing: z.number().default(0),
  }),
  imageSize: z.object({ width: z.number().int().positive().max(10_000), height: z.number().int().positive().max(10_000) }),
  selectedEventIds: z.array(z.number().int().positive()).max(1000).default([]),
  mapImage: z.string().startsWith("data:image/png;base64,", "mapImage must be a PNG data URL"),
});

/** A briefing to save, as the request gives it (db/queries/briefings.ts adds who saves it). */
export interface BriefingInput {
  title: string;
  notes: string;
  /** The dashboard query it was saved from (filters and view). */
  query: string;
  filters: EventFilters;
  /** The two dates whose front lines the map compared, if it did. */
  comparison: Comparison | null;
  view: BriefingSnapshot["view"];
  imageSize: BriefingSnapshot["imageSize"];
  selectedEventIds: number[];
  mapImage: Buffer;
}

export type ParsedBriefing = { ok: true; value: BriefingInput } | { ok: false; error: string; tooLarge?: boolean };

export function parseBriefingInput(raw: unknown): ParsedBriefing {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join(".");
    return {
      ok: false,
      error: issue.message.includes(field) ? issue.message : `${field}: ${issue.message}`,
      tooLarge: field === "notes" && issue.code === "too_big",
    };
  }
  const { mapImage, query, ...rest } = parsed.data;
  const params = new URLSearchParams(query);
  const filters = parseEventFilters(params);
  if (!filters.ok) return { ok: false, error: `query: ${filters.error}` };
  const compare = params.get("compare");
  const comparison = compare === null ? null : parseComparison(compare);
  if (comparison && !comparison.ok) return { ok: false, error: `query: ${comparison.error}` };
  const image = Buffer.from(mapImage.slice("data:image/png;base64,".length), "base64");
  if (image.length > MAX_IMAGE_BYTES)
    return { ok: false, error: `mapImage is ${image.length} bytes; the limit is ${MAX_IMAGE_BYTES}`, tooLarge: true };
  if (!image.subarray(0, 8).equals(PNG_SIGNATURE)) return { ok: false, error: "mapImage is not a PNG image" };
  const pixels = pngSize(image);
  if (!pixels) return { ok: false, error: "mapImage has no PNG header (IHDR)" };
  const { width, height } = rest.imageSize;
  const ratio = pixels.width / width;
  if (
    pixels.width > MAX_IMAGE_SIDE ||
    pixels.height > MAX_IMAGE_SIDE ||
    ratio < MIN_PIXEL_RATIO ||
    ratio > MAX_PIXEL_RATIO ||
    Math.abs(pixels.height / height - ratio) > 0.05 * ratio
  ) {
    return {
      ok: false,
      error: `mapImage is ${pixels.width} × ${pixels.height} pixels, which is not the ${width} × ${height} map it claims to be (at most ${MAX_IMAGE_SIDE} pixels a side)`,
    };
  }
  return {
    ok: true,
    value: { ...rest, query, filters: filters.filters, comparison: comparison?.comparison ?? null, mapImage: image },
  };
}
