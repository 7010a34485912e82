import type { RegionKind } from "./types";

/** Zones that nobody holds are drawn in neutral tones; held areas in their holder's colour. */
const ZONE_COLOURS: Record<RegionKind, string> = {
  "control-area": "#555555",
  "border-zone": "#7d6b9e",
  "zone-of-operations": "#8a5a3c",
  buffer: "#4d7d96",
  "watch-area": "#6b6b2e",
};

/** A region's fill and edge colour: its holder's, else its kind's neutral tone. */
export function regionColour(kind: RegionKind, holderColour: string | null | undefined): string {
  return holderColour || ZONE_COLOURS[kind];
}
