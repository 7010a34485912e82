/**
 * A region drawn in the browser is a set of parts the analyst adds and parts cut out of them
 * (terra-draw draws simple polygons only: no holes, no multipolygons). This turns a stored area
 * into those parts, for editing, and the parts back into one area, for saving. Pure.
 */
import { area as areaM2, difference, featureCollection, polygon, union } from "@turf/turf";
import type { Area, Feature, Polygon } from "./types";

type Ring = Polygon["coordinates"][number];

export interface DrawnParts {
  /** Outer rings: ground the region holds. */
  add: Ring[];
  /** Rings cut out of the added ground (a stored area's holes come back as cuts). */
  cut: Ring[];
}

/** A stored area as parts to edit: every polygon's outer ring is added, every hole a cut. */
export function drawnParts(area: Area): DrawnParts {
  const polygons = area.type === "Polygon" ? [area.coordinates] : area.coordinates;
  return { add: polygons.map((rings) => rings[0]), cut: polygons.flatMap((rings) => rings.slice(1)) };
}

/** The area the parts make: the added rings' union less the cut rings'; null when nothing is left. */
export function composeDrawnArea({ add, cut }: DrawnParts): Area | null {
  const merge = (rings: Ring[]): Feature<Area> | null =>
    rings.length === 0 ? null : rings.length === 1 ? polygon([rings[0]]) : union(featureCollection(rings.map((ring) => polygon([ring]))));
  const added = merge(add);
  if (!added) return null;
  const cuts = merge(cut);
  const left = cuts ? difference(featureCollection([added, cuts])) : added;
  return left && areaM2(left) > 0 ? left.geometry : null;
}

/** Square kilometres of an area, to one decimal. */
export function areaKm2(area: Area): number {
  return Math.round(areaM2(area) / 1e5) / 10;
}
