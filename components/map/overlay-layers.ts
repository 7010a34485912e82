import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import { spreadSlotOffsets } from "@/geo/spread-points";
import { FONT_BOLD, FONT_REGULAR } from "./basemap-style";
import { PATTERN_IMAGE_PREFIX, STATUS_PATTERNS } from "./status-patterns";
import type { RegionStatus } from "@/geo/types";

export const REGIONS_SOURCE = "regions";
/** One point per region, where its name is written (geo/label-point.ts). */
export const REGION_LABELS_SOURCE = "region-labels";
export const EVENTS_SOURCE = "events";
/** Counted clusters, when a view holds too many events to draw one by one (db/queries/event-view.ts). */
export const CLUSTERS_SOURCE = "event-clusters";
export const REGIONS_FILL = "regions-fill";
/** How sure the desk is, as a pattern over the fill (status-patterns.ts). */
export const REGIONS_PATTERN = "regions-pattern";
export const REGIONS_OUTLINE_APPROXIMATE = "regions-outline-approximate";
export const REGIONS_OUTLINE_ASSESSED = "regions-outline-assessed";
export const REGIONS_SELECTED = "regions-selected";
/** The ground regions gained and lost between two compared dates (GET /api/regions/changes). */
export const REGION_CHANGES_SOURCE = "region-changes";
export const REGION_CHANGES_FILL = "region-changes-fill";
export const REGION_CHANGES_GAINED_EDGE = "region-changes-gained-edge";
export const REGION_CHANGES_LOST_EDGE = "region-changes-lost-edge";
/** Gained ground is green with a solid edge, lost ground red with a dashed one: the edge tells them apart in grey print. */
export const CHANGE_COLOURS = { gained: "#1a9850", lost: "#d73027" } as const;
export const REGIONS_LABEL = "regions-label";
export const EVENTS_SELECTED = "events-selected";
export const EVENTS_MARKERS = "events-markers";
export const EVENTS_LABELS = "events-labels";
export const EVENTS_REPORTS = "events-reports";
export const CLUSTERS_CIRCLES = "clusters-circles";
export const CLUSTERS_COUNTS = "clusters-counts";

/** The image drawn behind the selected event's marker. */
export const SELECTION_IMAGE = "event-selection";
/** Marker image ids: `event:<quad>:<filled|hollow>:<rrggbb>:<article|dataset>`, drawn on demand (marker-images.ts). */
export const MARKER_IMAGE_PREFIX = "event";

/** Font size of event labels; label offsets are in ems of it. */
const EVENT_LABEL_SIZE = 11;

/** Where each spread slot sits, as icon offsets (px) or text offsets (ems). */
function slotOffsetExpression(unit: "px" | "em", [extraX, extraY]: [number, number] = [0, 0]): ExpressionSpecification {
  const offsets = spreadSlotOffsets();
  const scale = unit === "px" ? 1 : 1 / EVENT_LABEL_SIZE;
  const cases = offsets
    .slice(1)
    .flatMap(([dx, dy], index) => [index + 1, ["literal", [dx * scale + extraX, dy * scale + extraY]] as ExpressionSpecification]);
  // A match expression with a variable number of cases has no tuple type; the style-spec
  // validator in overlay-layers.test.ts checks the result instead.
  return ["match", ["get", "slot"], ...cases, ["literal", [extraX, extraY]]] as unknown as ExpressionSpecification;
}

/**
 * Region overlays: translucent fill in the controller's colour, with its status's pattern over
 * it (hatched: assessed advance; dotted: claimed; cross-hatched: contested); an approximate
 * region gets a dashed edge, any other a solid edge. Features carry `colour` and `status`; the
 * label points carry `label` and `colour`.
 */
function regionLayers(): LayerSpecification[] {
  const patterned = Object.keys(STATUS_PATTERNS) as RegionStatus[];
  return [
    {
      id: REGIONS_FILL,
      type: "fill",
      source: REGIONS_SOURCE,
      paint: {
        "fill-color": ["get", "colour"],
        "fill-opacity": ["case", ["boolean", ["feature-state", "selected"], false], 0.32, 0.18],
      },
    },
    {
      id: REGIONS_PATTERN,
      type: "fill",
      source: REGIONS_SOURCE,
      filter: ["in", ["get", "status"], ["literal", patterned]],
      paint: { "fill-pattern": ["concat", PATTERN_IMAGE_PREFIX, ["get", "status"]] },
    },
    {
      id: REGIONS_OUTLINE_APPROXIMATE,
      type: "line",
      source: REGIONS_SOURCE,
      filter: ["==", ["get", "status"], "approximate"],
      paint: { "line-color": ["get", "colour"], "line-width": 2, "line-dasharray": [2, 2] },
    },
    {
      id: REGIONS_OUTLINE_ASSESSED,
      type: "line",
      source: REGIONS_SOURCE,
      filter: ["!=", ["get", "status"], "approximate"],
      paint: { "line-color": ["get", "colour"], "line-width": 1.5 },
    },
    {
      id: REGIONS_SELECTED,
      type: "line",
      source: REGIONS_SOURCE,
      paint: {
        "line-color": "#1a1a1a",
        "line-width": 3,
        "line-opacity": ["case", ["boolean", ["feature-state", "selected"], false], 0.9, 0],
      },
    },
  ];
}

/** Compared front lines: each part a region gained or lost between the two dates, over the regions. */
function regionChangeLayers(): LayerSpecification[] {
  return [
    {
      id: REGION_CHANGES_FILL,
      type: "fill",
      source: REGION_CHANGES_SOURCE,
      paint: {
        "fill-color": ["match", ["get", "change"], "gained", CHANGE_COLOURS.gained, CHANGE_COLOURS.lost],
        "fill-opacity": 0.45,
      },
    },
    {
      id: REGION_CHANGES_GAINED_EDGE,
      type: "line",
      source: REGION_CHANGES_SOURCE,
      filter: ["==", ["get", "change"], "gained"],
      paint: { "line-color": CHANGE_COLOURS.gained, "line-width": 2.5 },
    },
    {
      id: REGION_CHANGES_LOST_EDGE,
      type: "line",
      source: REGION_CHANGES_SOURCE,
      filter: ["==", ["get", "change"], "lost"],
      paint: { "line-color": CHANGE_COLOURS.lost, "line-width": 2.5, "line-dasharray": [2, 1.5] },
    },
  ];
}

/**
 * Region names, one per region at its label point. Held areas are placed first, and a
 * name may move off its point rather than vanish when something is in the way.
 */
function regionLabelLayer(): LayerSpecification {
  return {
    id: REGIONS_LABEL,
    type: "symbol",
    source: REGION_LABELS_SOURCE,
    layout: {
      "text-field": ["get", "label"],
      "text-font": FONT_BOLD,
      "text-size": 12,
      "text-max-width": 10,
      "text-variable-anchor": ["center", "top", "bottom", "left", "right"],
      "text-radial-offset": 0.8,
      "symbol-sort-key": ["get", "priority"],
    },
    paint: { "text-color": ["get", "colour"], "text-halo-color": "#ffffff", "text-halo-width": 2 },
  };
}

/**
 * Event markers. Shape tells the PLOVER quad class, colour the initiator; an imprecise
 * event (date coarser than a day, or place coarser than a town) is hollow with a halo and
 * labelled with its precision, so it never passes for a pin-point fact; a draft is faded; a
 * dataset's event (ACLED) carries a dark corner square.
 * Features carry `quad`, `colour`, `imprecise`, `status`, `label` and `slot` (geo/spread-points.ts).
 */
function eventMarkerLayers(): LayerSpecification[] {
  const iconOffset = slotOffsetExpression("px");
  return [
    {
      id: EVENTS_SELECTED,
      type: "symbol",
      source: EVENTS_SOURCE,
      filter: ["==", ["get", "id"], -1],
      layout: {
        "icon-image": SELECTION_IMAGE,
        "icon-offset": iconOffset,
        "icon-allow-overlap": true,
        "icon-ignore-placement": true,
      },
    },
    {
      id: EVENTS_MARKERS,
      type: "symbol",
      source: EVENTS_SOURCE,
      layout: {
        "icon-image": [
          "concat",
          `${MARKER_IMAGE_PREFIX}:`,
          ["get", "quad"],
          ":",
          ["case", ["get", "imprecise"], "hollow", "filled"],
          ":",
          ["slice", ["get", "colour"], 1],
          ":",
          ["get", "sourceKind"],
        ],
        "icon-offset": iconOffset,
        "icon-allow-overlap": true,
        "icon-ignore-placement": true,
      },
      // A draft is not yet a fact: faded until an analyst confirms it.
      paint: { "icon-opacity": ["case", ["==", ["get", "status"], "draft"], 0.5, 1] },
    },
  ];
}

/** Labels under imprecise and draft markers ("2024-12 (month)", "draft"); they yield to region names. */
function eventLabelLayer(): LayerSpecification {
  return {
    id: EVENTS_LABELS,
    type: "symbol",
    source: EVENTS_SOURCE,
    filter: ["!=", ["get", "label"], ""],
    layout: {
      "text-field": ["get", "label"],
      "text-font": FONT_REGULAR,
      "text-size": EVENT_LABEL_SIZE,
      "text-offset": slotOffsetExpression("em", [0, 1.3]),
      "text-anchor": "top",
    },
    paint: { "text-color": "#333333", "text-halo-color": "#ffffff", "text-halo-width": 1.5 },
  };
}

/**
 * The report count of an incident, on its lead's marker (upper right): "3" when three reports tell of
 * one happening. Dark when they agree, dark red when they disagree (the label under it also says
 * "contested", for print in black and white).
 */
function incidentBadgeLayer(): LayerSpecification {
  return {
    id: EVENTS_REPORTS,
    type: "symbol",
    source: EVENTS_SOURCE,
    filter: [">", ["get", "reports"], 1],
    layout: {
      "text-field": ["to-string", ["get", "reports"]],
      "text-font": FONT_BOLD,
      "text-size": EVENT_LABEL_SIZE,
      "text-offset": slotOffsetExpression("em", [1, -1]),
      "text-allow-overlap": true,
      "text-ignore-placement": true,
    },
    paint: {
      "text-color": "#ffffff",
      "text-halo-color": ["case", ["get", "contested"], "#9b1c1c", "#222222"],
      "text-halo-width": 3,
    },
  };
}

/**
 * Clusters: a neutral grey disc (a cluster mixes actors and types, so it takes no actor's
 * colour) growing with the count, and the count written on it ("12k" for 12,000).
 */
function clusterLayers(): LayerSpecification[] {
  return [
    {
      id: CLUSTERS_CIRCLES,
      type: "circle",
      source: CLUSTERS_SOURCE,
      paint: {
        "circle-color": "#5b6770",
        "circle-opacity": 0.85,
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 1.5,
        "circle-radius": ["interpolate", ["linear"], ["ln", ["get", "count"]], 0, 9, 4.6, 14, 9.2, 22, 13.8, 30],
      },
    },
    {
      id: CLUSTERS_COUNTS,
      type: "symbol",
      source: CLUSTERS_SOURCE,
      layout: {
        "text-field": [
          "case",
          [">=", ["get", "count"], 10_000],
          ["concat", ["to-string", ["round", ["/", ["get", "count"], 1000]]], "k"],
          [">=", ["get", "count"], 1000],
          ["concat", ["to-string", ["/", ["round", ["/", ["get", "count"], 100]], 10]], "k"],
          ["to-string", ["get", "count"]],
        ],
        "text-font": FONT_BOLD,
        "text-size": 11,
        "text-allow-overlap": true,
        "text-ignore-placement": true,
      },
      paint: { "text-color": "#ffffff" },
    },
  ];
}

/**
 * Every overlay layer in draw order. MapLibre places labels from the top layer down, so
 * this order is also who wins a collision: markers never yield (they ignore placement),
 * region names beat the events' precision labels, and markers are drawn over all text.
 */
export function overlayLayers(): LayerSpecification[] {
  return [
    ...regionLayers(),
    ...regionChangeLayers(),
    eventLabelLayer(),
    regionLabelLayer(),
    ...clusterLayers(),
    ...eventMarkerLayers(),
    incidentBadgeLayer(),
  ];
}
