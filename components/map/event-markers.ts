import type { EventMarkerProps } from "@/db/queries/events";
import type { FeatureCollection, Point } from "@/geo/types";
import { assignSpreadSlots } from "@/geo/spread-points";

export interface EventMarkerDisplayProps extends EventMarkerProps {
  /** Date coarser than a day or place coarser than a town. */
  imprecise: boolean;
  /** "2024-12 (month) · country-level", or "" for pin-point events. */
  precisionLabel: string;
  /** What is written under the marker: the precision, "draft" until reviewed, "contested" when its reports disagree. */
  label: string;
  slot: number;
}

const GEO_PRECISION_WORDS: Record<number, string> = { 2: "near place", 3: "area-level place" };

export function precisionLabel(props: Pick<EventMarkerProps, "dateValue" | "datePrecision" | "geoPrecision">): string {
  const parts: string[] = [];
  if (props.datePrecision !== "day") parts.push(`${props.dateValue} (${props.datePrecision})`);
  if (GEO_PRECISION_WORDS[props.geoPrecision]) parts.push(GEO_PRECISION_WORDS[props.geoPrecision]);
  return parts.join(" · ");
}

/** Adds what drawing needs to the API's features: imprecision, its label, a spread slot. */
export function toEventMarkers(events: FeatureCollection<Point, EventMarkerProps>): FeatureCollection<Point, EventMarkerDisplayProps> {
  const slots = assignSpreadSlots(events.features, (feature) => feature.geometry.coordinates as [number, number]);
  return {
    type: "FeatureCollection",
    features: events.features.map((feature, index) => {
      const label = precisionLabel(feature.properties);
      const shown = [feature.properties.status === "draft" && "draft", label, feature.properties.contested && "contested"]
        .filter(Boolean)
        .join(" · ");
      return {
        ...feature,
        properties: { ...feature.properties, imprecise: label !== "", precisionLabel: label, label: shown, slot: slots[index] },
      };
    }),
  };
}
