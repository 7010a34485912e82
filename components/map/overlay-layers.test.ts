import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { StyleSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { buildBasemapStyle } from "./basemap-style";
import { EVENTS_MARKERS, EVENTS_SOURCE, eventLayers, REGIONS_FILL, REGIONS_OUTLINE_APPROXIMATE, REGIONS_SOURCE, regionLayers } from "./overlay-layers";

function fullStyle(): StyleSpecification {
  const base = buildBasemapStyle("http://localhost:3000");
  return {
    ...base,
    sources: {
      ...base.sources,
      [REGIONS_SOURCE]: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
      [EVENTS_SOURCE]: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
    },
    layers: [...base.layers, ...regionLayers(), ...eventLayers()],
  };
}

describe("map style", () => {
  it("passes the MapLibre style-spec validator, basemap and overlays together", () => {
    expect(validateStyleMin(fullStyle())).toEqual([]);
  });

  it("loads nothing from outside the app's origin", () => {
    const style = fullStyle();
    const urls = [style.glyphs, ...Object.values(style.sources).map((source) => ("data" in source ? source.data : undefined))]
      .filter((url): url is string => typeof url === "string");
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) expect(url.startsWith("http://localhost:3000/")).toBe(true);
  });

  it("draws regions under events and gives approximate regions a dashed edge", () => {
    const ids = fullStyle().layers.map((layer) => layer.id);
    expect(ids.indexOf(REGIONS_FILL)).toBeLessThan(ids.indexOf(EVENTS_MARKERS));
    const dashed = regionLayers().find((layer) => layer.id === REGIONS_OUTLINE_APPROXIMATE);
    expect(dashed?.type === "line" && dashed.paint?.["line-dasharray"]).toBeTruthy();
  });

  it("has unique layer ids", () => {
    const ids = fullStyle().layers.map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
