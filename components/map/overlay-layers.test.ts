import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { StyleSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { buildBasemapStyle } from "./basemap-style";
import {
  CLUSTERS_SOURCE,
  EVENTS_LABELS,
  EVENTS_MARKERS,
  EVENTS_REPORTS,
  EVENTS_SOURCE,
  overlayLayers,
  REGION_LABELS_SOURCE,
  REGION_CHANGES_SOURCE,
  REGIONS_FILL,
  REGIONS_LABEL,
  REGIONS_OUTLINE_APPROXIMATE,
  REGIONS_SOURCE,
} from "./overlay-layers";

function fullStyle(): StyleSpecification {
  const base = buildBasemapStyle("http://localhost:3000");
  return {
    ...base,
    sources: {
      ...base.sources,
      [REGIONS_SOURCE]: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
      [REGION_LABELS_SOURCE]: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
      [REGION_CHANGES_SOURCE]: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
      [EVENTS_SOURCE]: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
      [CLUSTERS_SOURCE]: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
    },
    layers: [...base.layers, ...overlayLayers()],
  };
}

describe("map style", () => {
  it("passes the MapLibre style-spec validator, basemap and overlays together", () => {
    expect(validateStyleMin(fullStyle())).toEqual([]);
  });

  it("loads nothing from outside the app's origin", () => {
    const style = fullStyle();
    const urls = [style.glyphs, ...Object.values(style.sources).map((source) => ("data" in source ? source.data : undefined))].filter(
      (url): url is string => typeof url === "string",
    );
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) expect(url.startsWith("http://localhost:3000/")).toBe(true);
  });

  it("draws regions under events, markers over all text but their report badge, region names over precision labels", () => {
    const ids = fullStyle().layers.map((layer) => layer.id);
    expect(ids.indexOf(REGIONS_FILL)).toBeLessThan(ids.indexOf(EVENTS_MARKERS));
    expect(ids.indexOf(EVENTS_LABELS)).toBeLessThan(ids.indexOf(REGIONS_LABEL));
    // The incident's report count sits on its marker's corner, so it is the one layer above markers.
    expect(ids.slice(-2)).toEqual([EVENTS_MARKERS, EVENTS_REPORTS]);
  });

  it("gives approximate regions a dashed edge", () => {
    const dashed = overlayLayers().find((layer) => layer.id === REGIONS_OUTLINE_APPROXIMATE);
    expect(dashed?.type === "line" && dashed.paint?.["line-dasharray"]).toBeTruthy();
  });

  it("has unique layer ids", () => {
    const ids = fullStyle().layers.map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
