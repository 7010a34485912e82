/**
 * The app's GeoJSON vocabulary. Everything that passes geometry between geo/, db/, the API
 * and the map uses these names, so a newcomer can follow one shape through the whole app.
 */
import type {
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  Geometry,
  LineString,
  MultiLineString,
  MultiPoint,
  MultiPolygon,
  Point,
  Polygon,
} from "geojson";

export type {
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  Geometry,
  LineString,
  MultiLineString,
  MultiPoint,
  MultiPolygon,
  Point,
  Polygon,
};

export type Area = Polygon | MultiPolygon;
export type AreaFeature<P = GeoJsonProperties> = Feature<Area, P>;
export type Line = LineString | MultiLineString;
export type LineFeature<P = GeoJsonProperties> = Feature<Line, P>;

/** [longitude, latitude], the RFC 7946 order. */
export type LonLat = [number, number];

/** [west, south, east, north] in degrees. */
export type BoundingBox = [number, number, number, number];

/** The regions composed from boundary data at seed time (geo/compose-regions.ts); analysts add others. */
export type ComposedRegionId = "sdf-northeast" | "turkey-syria-border" | "southwest-syria";
/** A region's id: a lower-case slug ("sdf-northeast", "sna-afrin"), fixed for all its versions. */
export type RegionId = string;
export const REGION_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_REGION_ID_LENGTH = 60;

/** What an area is: a holding, where a force operates, a zone between, or ground the desk watches. */
export const REGION_KINDS = ["control-area", "zone-of-operations", "border-zone", "buffer", "watch-area"] as const;
export type RegionKind = (typeof REGION_KINDS)[number];
/**
 * How sure the desk is of a version, in ISW's terms: assessed control, an assessed advance (ground
 * moved into, not yet held), a claim by the holder, contested ground; approximate: drawn from a
 * description, not a map. Each is drawn with its own pattern (components/map/status-patterns.ts).
 */
export const REGION_STATUSES = ["assessed", "assessed-advance", "claimed", "contested", "approximate"] as const;
export type RegionStatus = (typeof REGION_STATUSES)[number];
export const REGION_STATUS_LABELS: Record<RegionStatus, string> = {
  assessed: "controlled (assessed)",
  "assessed-advance": "assessed advance",
  claimed: "claimed",
  contested: "contested",
  approximate: "approximate",
};

/** A citation: what a region (or a fact) rests on. */
export interface SourceCitation {
  title: string;
  publisher: string;
  url?: string;
  licence?: string;
}

/** Descriptive properties of a region; its id and geometry travel beside them. */
export interface RegionProps {
  id: RegionId;
  name: string;
  kind: RegionKind;
  /** Actor id (actors.json) that holds the area, or null for zones nobody "controls". */
  controllingActor: string | null;
  status: RegionStatus;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) from which this version holds; null: since always. */
  validFrom: string | null;
  validTo: string | null;
  /** How the polygon was drawn, in a sentence or two a reader can check. */
  basis: string;
  sources: SourceCitation[];
}

export type RegionFeature = Feature<Area, RegionProps>;

/** Region versions read from a file and checked (ingest/region-geojson.ts), ready to store. */
export interface ParsedRegions {
  regions: { properties: RegionProps & { validFrom: string }; geometry: Area }[];
  /** How many rings were turned round to follow RFC 7946. */
  ringsRewound: number;
}
