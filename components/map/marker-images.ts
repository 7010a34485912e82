import { QUAD_CLASSES, type QuadClass } from "@/lib/vocabulary";
import { MARKER_IMAGE_PREFIX } from "./overlay-layers";

/** One shape per PLOVER quad class, so the class reads in greyscale print too. */
export const QUAD_SHAPES: Record<QuadClass, "circle" | "square" | "triangle" | "diamond" | "hexagon"> = {
  "verbal-cooperation": "circle",
  "material-cooperation": "square",
  "verbal-conflict": "triangle",
  "material-conflict": "diamond",
  other: "hexagon",
};

export interface MarkerLook {
  quad: QuadClass;
  colour: string;
  hollow: boolean;
  /** A dataset's event (ACLED), not an article's: marked with a dark corner square. */
  dataset: boolean;
}

/** Logical size of a marker image in CSS pixels; drawn at 2× for sharp screens and print. */
export const MARKER_SIZE = 26;
export const MARKER_PIXEL_RATIO = 2;

function tracePolygon(context: CanvasRenderingContext2D, centre: number, radius: number, sides: number, rotation: number) {
  context.beginPath();
  for (let side = 0; side < sides; side += 1) {
    const angle = rotation + (2 * Math.PI * side) / sides;
    const x = centre + radius * Math.cos(angle);
    const y = centre + radius * Math.sin(angle);
    if (side === 0) context.moveTo(x, y);
    else context.lineTo(x, y);
  }
  context.closePath();
}

function traceShape(context: CanvasRenderingContext2D, shape: (typeof QUAD_SHAPES)[QuadClass], centre: number, radius: number) {
  if (shape === "circle") {
    context.beginPath();
    context.arc(centre, centre, radius, 0, 2 * Math.PI);
  } else if (shape === "square") tracePolygon(context, centre, radius * 1.2, 4, Math.PI / 4);
  else if (shape === "triangle") tracePolygon(context, centre, radius * 1.3, 3, -Math.PI / 2);
  else if (shape === "diamond") tracePolygon(context, centre, radius * 1.3, 4, 0);
  else tracePolygon(context, centre, radius * 1.1, 6, 0);
}

/**
 * Draws an event marker into a square context of `size` px: a filled shape with a white
 * rim for a pin-point event; for an imprecise one a translucent halo and a hollow outline.
 */
export function drawMarker(context: CanvasRenderingContext2D, look: MarkerLook, size: number): void {
  const centre = size / 2;
  const radius = size * 0.22;
  const shape = QUAD_SHAPES[look.quad];
  context.clearRect(0, 0, size, size);
  context.lineJoin = "round";
  if (look.hollow) {
    context.beginPath();
    context.arc(centre, centre, size * 0.46, 0, 2 * Math.PI);
    context.fillStyle = `${look.colour}40`;
    context.fill();
    traceShape(context, shape, centre, radius);
    context.fillStyle = "#ffffff";
    context.fill();
    context.lineWidth = size * 0.09;
    context.strokeStyle = look.colour;
    context.stroke();
  } else {
    traceShape(context, shape, centre, radius);
    context.fillStyle = look.colour;
    context.fill();
    context.lineWidth = size * 0.07;
    context.strokeStyle = "#ffffff";
    context.stroke();
    context.lineWidth = size * 0.025;
    context.strokeStyle = "#222222";
    context.stroke();
  }
  if (look.dataset) {
    const side = size * 0.26;
    context.fillStyle = "#111111";
    context.strokeStyle = "#ffffff";
    context.lineWidth = size * 0.04;
    context.fillRect(size - side * 1.25, side * 0.25, side, side);
    context.strokeRect(size - side * 1.25, side * 0.25, side, side);
  }
}

/** Reads a marker image id (`event:<quad>:<filled|hollow>:<rrggbb>:<article|dataset>`), or null if it is not one. */
export function parseMarkerImageId(id: string): MarkerLook | null {
  const [prefix, quad, fill, hex, source] = id.split(":");
  if (prefix !== MARKER_IMAGE_PREFIX || !(QUAD_CLASSES as readonly string[]).includes(quad)) return null;
  if ((fill !== "filled" && fill !== "hollow") || !/^[0-9a-fA-F]{6}$/.test(hex ?? "") || (source !== "article" && source !== "dataset"))
    return null;
  return { quad: quad as QuadClass, colour: `#${hex}`, hollow: fill === "hollow", dataset: source === "dataset" };
}

/** Pixels for a marker image id, for map.addImage; null when the id is not a marker's. */
export function renderMarkerImage(id: string): ImageData | null {
  const look = parseMarkerImageId(id);
  if (!look) return null;
  const size = MARKER_SIZE * MARKER_PIXEL_RATIO;
  const context = new OffscreenCanvas(size, size).getContext("2d") as unknown as CanvasRenderingContext2D;
  drawMarker(context, look, size);
  return context.getImageData(0, 0, size, size);
}

/** The ring drawn behind the selected event. */
export function renderSelectionImage(): ImageData {
  const size = MARKER_SIZE * MARKER_PIXEL_RATIO;
  const context = new OffscreenCanvas(size, size).getContext("2d") as unknown as CanvasRenderingContext2D;
  context.beginPath();
  context.arc(size / 2, size / 2, size * 0.44, 0, 2 * Math.PI);
  context.lineWidth = size * 0.08;
  context.strokeStyle = "#111111";
  context.stroke();
  return context.getImageData(0, 0, size, size);
}
