import { describe, expect, it } from "vitest";
import { NO_FILTERS } from "@/lib/event-filters";
import type { RegionFeature, RegionId, RegionProps } from "@/geo/types";
import { buildRegionLayers, regionsOnDay, type PlacedRegion } from "./region-layers";

function region(id: RegionId, kind: RegionProps["kind"], controllingActor: string | null): PlacedRegion {
  const feature: RegionFeature = {
    type: "Feature",
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [36, 36],
          [37, 36],
          [37, 37],
          [36, 36],
        ],
      ],
    },
    properties: {
      id,
      name: `${id} name`,
      kind,
      controllingActor,
      status: "approximate",
      validFrom: null,
      validTo: null,
      basis: "",
      sources: [],
    },
  };
  return { feature, labelPoint: [36.6, 36.4] };
}

const held = region("sdf-northeast", "control-area", "SDF");
const zone = region("turkey-syria-border", "border-zone", null);
const colours = new Map([["SDF", "#c8102e"]]);

describe("buildRegionLayers", () => {
  it("draws every region with its holder's colour, or its kind's tone when nobody holds it", () => {
    const { areas, labels } = buildRegionLayers([held, zone], NO_FILTERS, colours);
    expect(areas.features.map((feature) => [feature.id, feature.properties.colour, feature.properties.status])).toEqual([
      ["sdf-northeast", "#c8102e", "approximate"],
      ["turkey-syria-border", "#7d6b9e", "approximate"],
    ]);
    expect(labels.features.map((feature) => [feature.properties.label, feature.geometry.coordinates, feature.properties.priority])).toEqual(
      [
        ["sdf-northeast name", [36.6, 36.4], 0],
        ["turkey-syria-border name", [36.6, 36.4], 2],
      ],
    );
  });

  it("hides a region with its holder, whether the actor is switched off or another is shown alone", () => {
    const ids = (filters: typeof NO_FILTERS) =>
      buildRegionLayers([held, zone], filters, colours).areas.features.map((feature) => feature.id);
    expect(ids({ ...NO_FILTERS, excludedActors: ["SDF"] })).toEqual(["turkey-syria-border"]);
    expect(ids({ ...NO_FILTERS, actors: ["TUR"] })).toEqual(["turkey-syria-border"]);
    expect(ids({ ...NO_FILTERS, actors: ["SDF"] })).toEqual(["sdf-northeast", "turkey-syria-border"]);
  });
});

describe("regionsOnDay", () => {
  it("keeps today's regions until the dated answer arrives, then places each version's label", () => {
    expect(regionsOnDay([held], undefined)).toEqual([held]);
    const older = { ...zone.feature, properties: { ...zone.feature.properties, validTo: "2024-12-08" } };
    expect(regionsOnDay([held], { features: [older], labelPoints: { "turkey-syria-border": [38, 36.8] } })).toEqual([
      { feature: older, labelPoint: [38, 36.8] },
    ]);
  });
});
