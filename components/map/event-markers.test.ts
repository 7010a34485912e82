import { describe, expect, it } from "vitest";
import type { EventMarkerProps } from "@/db/queries/events";
import { toEventMarkers } from "./event-markers";

function event(id: number, coordinates: [number, number], overrides: Partial<EventMarkerProps> = {}) {
  return {
    type: "Feature" as const,
    geometry: { type: "Point" as const, coordinates },
    properties: {
      id,
      type: "CONSULT",
      quad: "verbal-cooperation" as const,
      dateValue: "2025-10-17",
      datePrecision: "day",
      place: "Damascus",
      geoPrecision: 1,
      status: "confirmed",
      actors: ["TUR"],
      colour: "#D55E00",
      fatalities: null,
      sourceKind: "article" as const,
      reports: 1,
      sources: 1,
      contested: false,
      ...overrides,
    },
  };
}

describe("toEventMarkers", () => {
  it("marks month-precision and country-level events imprecise, with a label saying how", () => {
    const markers = toEventMarkers({
      type: "FeatureCollection",
      features: [event(1, [36.3, 33.5]), event(2, [38.5, 35], { dateValue: "2024-12", datePrecision: "month", geoPrecision: 3 })],
    }).features.map((feature) => feature.properties);
    expect(markers[0]).toMatchObject({ imprecise: false, precisionLabel: "" });
    expect(markers[1]).toMatchObject({ imprecise: true, precisionLabel: "2024-12 (month) · area-level place" });
  });

  it("spreads events that share a point", () => {
    const markers = toEventMarkers({ type: "FeatureCollection", features: [event(1, [1, 1]), event(2, [1, 1]), event(3, [2, 2])] });
    const slots = markers.features.map((feature) => feature.properties.slot);
    expect(slots[0]).not.toBe(slots[1]);
    expect(slots[2]).toBe(0);
  });
});
