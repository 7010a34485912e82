/**
 * What a briefing freezes: everything its page and print show, so neither ever reads the
 * live data again. Pure types and helpers: the print components read them too.
 */
import type { EventFilters } from "@/lib/event-filters";
import type { Credibility, DatePrecision } from "@/lib/vocabulary";
import type { RegionStatus } from "@/geo/types";
import type { Comparison } from "@/lib/comparison";
import type { RegionChangeSummary } from "@/geo/region-changes";

export interface SnapshotEvent {
  id: number;
  type: string;
  quadLabel: string;
  dateValue: string;
  datePrecision: DatePrecision;
  place: string;
  geoPrecision: number;
  lat: number;
  lon: number;
  status: string;
  actors: { id: string; name: string; colour: string; role: string }[];
  evidence: { quote: string; outlet: string; title: string; published: string | null; url: string | null }[];
  /** Deaths reported (absent in briefings saved before fatalities were kept). */
  fatalities?: number | null;
  /** A dataset event's source row: its id, outlets and coder's note. */
  dataset?: { eventIdCnty: string; source: string; notes: string } | null;
  /**
   * When several reports tell of it (db/queries/incidents.ts): how many, how many independent
   * sources, who published them, and the credibility that follows (absent in briefings saved before).
   */
  incident?: {
    reports: number;
    independentSources: number;
    outlets: string[];
    credibility: Credibility;
    contested: string[];
  } | null;
}

export interface SnapshotRegion {
  id: string;
  name: string;
  status: RegionStatus;
  controllingActor: string | null;
  colour: string;
  validFrom: string | null;
  validTo: string | null;
  basis: string;
  sources: string[];
}

export interface BriefingSnapshot {
  filters: EventFilters;
  /** The filters in words, as printed: "Actors: not Türkiye", "All events". */
  filtersInWords: string[];
  view: { zoom: number; lat: number; lon: number; bearing: number };
  /** The map image's size in CSS pixels, for its scale bar. */
  imageSize: { width: number; height: number };
  selectedEventIds: number[];
  events: SnapshotEvent[];
  regions: SnapshotRegion[];
  actors: { id: string; name: string; colour: string }[];
  /** The front lines of two dates compared on the map: each region's km² gained and lost (absent when not compared). */
  comparison?: Comparison & { rows: RegionChangeSummary[] };
}

/**
 * Metres per CSS pixel at a latitude and zoom, for MapLibre's 512-pixel world at zoom 0
 * (Earth's equatorial circumference 40,075,016.686 m).
 */
export function metresPerPixel(lat: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** A round scale-bar length (1, 2 or 5 × 10ⁿ km) no wider than `maxPixels`, with its width. */
export function scaleBar(lat: number, zoom: number, maxPixels: number): { km: number; pixels: number } {
  const maxKm = (metresPerPixel(lat, zoom) * maxPixels) / 1000;
  const magnitude = 10 ** Math.floor(Math.log10(maxKm));
  const km = [5, 2, 1].map((step) => step * magnitude).find((candidate) => candidate <= maxKm) ?? magnitude;
  return { km, pixels: (km * 1000) / metresPerPixel(lat, zoom) };
}
