import type { LayerSpecification, StyleSpecification } from "maplibre-gl";

/** Font stacks shipped as glyph PBFs under public/glyphs/ (scripts/build-glyphs.ts). */
export const GLYPH_FONTS = ["DejaVu Sans Book", "DejaVu Sans Bold"] as const;
export const FONT_REGULAR = [GLYPH_FONTS[0]];
export const FONT_BOLD = [GLYPH_FONTS[1]];

export const BASEMAP_COUNTRIES = "basemap-countries";
export const BASEMAP_RIVERS = "basemap-rivers";
export const BASEMAP_PLACES = "basemap-places";
export const BASEMAP_CONTEXT = "basemap-context";
/** OCHA's Syrian districts (admin2) as lines, and its communities (admin4 points) ranked by seat. */
export const BASEMAP_DISTRICTS = "basemap-districts";
export const BASEMAP_COMMUNITIES = "basemap-communities";
/** From this zoom every village is named (as space allows), so a drawn line can follow them. */
export const VILLAGE_ZOOM = 9;

const SEA = "#d7e3ea";
const LAND = "#f4f1ea";
const SYRIA_LAND = "#fbfaf6";
const BORDER = "#8a8478";
const WATER_LINE = "#8fb3c8";

/**
 * The offline basemap: Natural Earth countries, rivers, places and the Golan/UNDOF context, and
 * for Syria OCHA's districts and communities at village zooms; all GeoJSON from the app's own
 * origin (public/basemap/, scripts/build-geo-data.ts), with self-hosted glyphs. `origin`
 * makes the URLs absolute, as MapLibre's worker needs.
 */
export function buildBasemapStyle(origin: string): StyleSpecification {
  const data = (file: string) => `${origin}/basemap/${file}`;
  return {
    version: 8,
    name: "Geobrief offline basemap",
    glyphs: `${origin}/glyphs/{fontstack}/{range}.pbf`,
    sources: {
      [BASEMAP_COUNTRIES]: { type: "geojson", data: data("countries.geojson"), attribution: "Natural Earth" },
      [BASEMAP_RIVERS]: { type: "geojson", data: data("rivers.geojson") },
      [BASEMAP_PLACES]: { type: "geojson", data: data("places.geojson") },
      [BASEMAP_CONTEXT]: { type: "geojson", data: data("context.geojson") },
      [BASEMAP_DISTRICTS]: { type: "geojson", data: data("districts.geojson"), attribution: "OCHA COD-AB" },
      [BASEMAP_COMMUNITIES]: { type: "geojson", data: data("communities.geojson") },
    },
    layers: basemapLayers(),
  };
}

export function basemapLayers(): LayerSpecification[] {
  return [
    { id: "sea", type: "background", paint: { "background-color": SEA } },
    {
      id: "countries-fill",
      type: "fill",
      source: BASEMAP_COUNTRIES,
      paint: { "fill-color": ["case", ["==", ["get", "code"], "SYR"], SYRIA_LAND, LAND] },
    },
    { id: "rivers", type: "line", source: BASEMAP_RIVERS, paint: { "line-color": WATER_LINE, "line-width": 1.2 } },
    {
      id: "context-golan",
      type: "fill",
      source: BASEMAP_CONTEXT,
      filter: ["==", ["get", "kind"], "golan"],
      paint: { "fill-color": "#b9b1a2", "fill-opacity": 0.25 },
    },
    {
      id: "context-undof",
      type: "fill",
      source: BASEMAP_CONTEXT,
      filter: ["==", ["get", "kind"], "undof"],
      paint: { "fill-color": "#4477AA", "fill-opacity": 0.35 },
    },
    {
      id: "districts-border",
      type: "line",
      source: BASEMAP_DISTRICTS,
      minzoom: 7,
      paint: { "line-color": BORDER, "line-width": 0.7, "line-opacity": 0.6, "line-dasharray": [4, 2] },
    },
    {
      id: "countries-border",
      type: "line",
      source: BASEMAP_COUNTRIES,
      paint: { "line-color": BORDER, "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.8, 9, 1.6] },
    },
    {
      id: "context-ceasefire-line",
      type: "line",
      source: BASEMAP_CONTEXT,
      filter: ["==", ["get", "kind"], "ceasefire-line"],
      paint: { "line-color": "#4477AA", "line-width": 1.5, "line-dasharray": [3, 2] },
    },
    {
      id: "countries-label",
      type: "symbol",
      source: BASEMAP_COUNTRIES,
      layout: {
        "text-field": ["get", "name"],
        "text-font": FONT_BOLD,
        "text-size": 12,
        "text-transform": "uppercase",
        "text-letter-spacing": 0.15,
        "symbol-placement": "point",
      },
      paint: { "text-color": "#7b7468", "text-halo-color": LAND, "text-halo-width": 1.5 },
    },
    {
      id: "communities-dot",
      type: "circle",
      source: BASEMAP_COMMUNITIES,
      minzoom: VILLAGE_ZOOM,
      paint: { "circle-radius": ["match", ["get", "rank"], 4, 1.5, 2.5], "circle-color": "#5a564e" },
    },
    {
      // Seats of a district or more from zoom 8, every community from VILLAGE_ZOOM: higher seats win a collision.
      id: "communities-label",
      type: "symbol",
      source: BASEMAP_COMMUNITIES,
      minzoom: 8,
      filter: ["any", ["<=", ["get", "rank"], 3], [">=", ["zoom"], VILLAGE_ZOOM]],
      layout: {
        "text-field": ["get", "name"],
        "text-font": FONT_REGULAR,
        "text-size": ["match", ["get", "rank"], 4, 10, 11],
        "symbol-sort-key": ["get", "rank"],
        "text-padding": 3,
        "text-variable-anchor": ["top", "bottom", "left", "right"],
        "text-radial-offset": 0.5,
      },
      paint: { "text-color": "#5a564e", "text-halo-color": "#ffffff", "text-halo-width": 1.2 },
    },
    {
      id: "places-dot",
      type: "circle",
      source: BASEMAP_PLACES,
      filter: ["<=", ["get", "rank"], ["+", ["zoom"], 1]],
      paint: { "circle-radius": ["case", ["get", "capital"], 3.5, 2.5], "circle-color": "#3d3a35" },
    },
    {
      id: "places-label",
      type: "symbol",
      source: BASEMAP_PLACES,
      filter: ["<=", ["get", "rank"], ["+", ["zoom"], 1]],
      layout: {
        "text-field": ["get", "name"],
        "text-font": ["case", ["get", "capital"], ["literal", FONT_BOLD], ["literal", FONT_REGULAR]],
        "text-size": ["case", ["get", "capital"], 13, 11],
        "text-offset": [0, 0.7],
        "text-anchor": "top",
        "symbol-sort-key": ["get", "rank"],
      },
      paint: { "text-color": "#3d3a35", "text-halo-color": "#ffffff", "text-halo-width": 1.2 },
    },
  ];
}
