import type { FeatureCollection, Point, RegionFeature } from "@/geo/types";
import { isRegionVisible, type EventFilters } from "@/lib/event-filters";
import { regionColour } from "@/geo/region-colour";

/** A region as the page hands it over: its feature and where to write its name (geo/label-point.ts). */
export interface PlacedRegion {
  feature: RegionFeature;
  labelPoint: [number, number];
}

/** GET /api/regions?at= : the regions as they stood on a day, with where to write their names. */
export interface RegionsAt {
  features: RegionFeature[];
  labelPoints: Record<string, [number, number]>;
}

export interface RegionDisplayProps {
  id: string;
  label: string;
  colour: string;
  status: string;
}

export type RegionDisplayCollection = FeatureCollection<RegionFeature["geometry"], RegionDisplayProps>;
export type RegionLabelCollection = FeatureCollection<Point, Pick<RegionDisplayProps, "label" | "colour"> & { priority: number }>;

/** Whose name is placed first when region labels collide: held areas before zones. */
const LABEL_PRIORITY: Record<RegionFeature["properties"]["kind"], number> = {
  "control-area": 0,
  "zone-of-operations": 1,
  "border-zone": 2,
  buffer: 3,
  "watch-area": 4,
};

/** The regions as they stood on a day, when the API has answered for it; else today's. */
export function regionsOnDay(current: PlacedRegion[], at: RegionsAt | undefined): PlacedRegion[] {
  if (!at) return current;
  return at.features.map((feature) => ({ feature, labelPoint: at.labelPoints[feature.properties.id] }));
}

/**
 * The map's two region sources: the areas the filters leave visible (a region held by a hidden
 * actor is hidden with it) and one label point each, coloured by holder or, unheld, by kind.
 */
export function buildRegionLayers(
  regions: PlacedRegion[],
  filters: EventFilters,
  actorColour: ReadonlyMap<string, string>,
): { areas: RegionDisplayCollection; labels: RegionLabelCollection } {
  const shown = regions.filter(({ feature }) => isRegionVisible(filters, feature.properties.controllingActor));
  const colourOf = ({ properties }: RegionFeature) =>
    regionColour(properties.kind, properties.controllingActor ? actorColour.get(properties.controllingActor) : null);
  return {
    areas: {
      type: "FeatureCollection",
      features: shown.map(({ feature }) => ({
        type: "Feature",
        id: feature.properties.id,
        geometry: feature.geometry,
        properties: {
          id: feature.properties.id,
          label: feature.properties.name,
          status: feature.properties.status,
          colour: colourOf(feature),
        },
      })),
    },
    labels: {
      type: "FeatureCollection",
      features: shown.map(({ feature, labelPoint }) => ({
        type: "Feature",
        geometry: { type: "Point", coordinates: labelPoint },
        properties: { label: feature.properties.name, colour: colourOf(feature), priority: LABEL_PRIORITY[feature.properties.kind] },
      })),
    },
  };
}
