"use client";

import type * as maplibregl from "maplibre-gl";
import { useEffect, useRef, type RefObject } from "react";
import { TerraDraw, TerraDrawPolygonMode, TerraDrawSelectMode, ValidateNotSelfIntersecting, type GeoJSONStoreFeatures } from "terra-draw";
import { TerraDrawMapLibreGLAdapter } from "terra-draw-maplibre-gl-adapter";
import type { DrawnParts } from "@/geo/drawn-area";

/** What the analyst is doing to the drawing: moving vertices and parts, adding a part, or cutting one out. */
export type DrawTool = "edit" | "add" | "cut";

export interface RegionDrawingSpec {
  /** The parts to start from (the version being redrawn), or none for a new region. */
  initial: DrawnParts;
  tool: DrawTool;
  /** After every finished stroke, move or deletion: the parts as they now stand. */
  onChange: (parts: DrawnParts) => void;
}

/** Terra-draw's names for the tools: its select mode edits what the two polygon modes drew. */
const MODE_OF_TOOL: Record<DrawTool, string> = { edit: "select", add: "add", cut: "cut" };
/** How near the first vertex a click closes a part: terra-draw's 40 px default closed small parts early. */
const CLOSE_DISTANCE_PX = 12;
const ADD_COLOUR = "#1f5fbf";
const CUT_COLOUR = "#c0392b";

const editable = {
  feature: {
    draggable: true,
    coordinates: { midpoints: true, draggable: true, deletable: true },
    // A vertex moved across an edge is put back, as the import would refuse the ring.
    validation: (feature: GeoJSONStoreFeatures) => ValidateNotSelfIntersecting(feature),
  },
};

function partsOf(draw: TerraDraw): DrawnParts {
  const parts: DrawnParts = { add: [], cut: [] };
  for (const feature of draw.getSnapshot()) {
    if (feature.geometry.type !== "Polygon") continue;
    const mode = feature.properties.mode;
    if (mode === "add" || mode === "cut") parts[mode].push(feature.geometry.coordinates[0]);
  }
  return parts;
}

/**
 * Draws on the map with terra-draw while `spec` is set: added parts in blue, cuts in red, every
 * vertex draggable and every edge's midpoint a new vertex. Stopped, it leaves the map as it was.
 */
export function useRegionDrawing(mapRef: RefObject<maplibregl.Map | null>, ready: boolean, spec: RegionDrawingSpec | null): void {
  const drawRef = useRef<TerraDraw | null>(null);
  const latest = useRef(spec);
  useEffect(() => {
    latest.current = spec;
  });
  const active = spec !== null;

  useEffect(() => {
    const initial = latest.current?.initial;
    const map = mapRef.current;
    if (!map || !ready || !active || !initial) return;
    const draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map }),
      modes: [
        new TerraDrawSelectMode({ flags: { add: editable, cut: editable } }),
        new TerraDrawPolygonMode({
          modeName: "add",
          pointerDistance: CLOSE_DISTANCE_PX,
          validation: (feature) => ValidateNotSelfIntersecting(feature),
          styles: { fillColor: ADD_COLOUR, outlineColor: ADD_COLOUR, fillOpacity: 0.25, outlineWidth: 2 },
        }),
        new TerraDrawPolygonMode({
          modeName: "cut",
          pointerDistance: CLOSE_DISTANCE_PX,
          validation: (feature) => ValidateNotSelfIntersecting(feature),
          styles: { fillColor: CUT_COLOUR, outlineColor: CUT_COLOUR, fillOpacity: 0.35, outlineWidth: 2 },
        }),
      ],
    });
    draw.start();
    const features = (["add", "cut"] as const).flatMap((mode) =>
      initial[mode].map((ring) => ({
        type: "Feature" as const,
        geometry: { type: "Polygon" as const, coordinates: [ring] },
        properties: { mode },
      })),
    );
    const refused = draw.addFeatures(features).filter((result) => !result.valid);
    if (refused.length) console.warn(`drawing: ${refused.length} part(s) could not be loaded: ${refused[0].reason}`);
    draw.setMode(MODE_OF_TOOL[latest.current?.tool ?? "edit"]);
    const report = () => latest.current?.onChange(partsOf(draw));
    draw.on("finish", report);
    draw.on("change", (_ids, type) => {
      if (type === "delete") report();
    });
    drawRef.current = draw;
    return () => {
      drawRef.current = null;
      draw.stop();
    };
  }, [mapRef, ready, active]);

  const tool = spec?.tool;
  useEffect(() => {
    if (tool) drawRef.current?.setMode(MODE_OF_TOOL[tool]);
  }, [tool]);
}
