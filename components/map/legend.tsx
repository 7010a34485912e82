"use client";

import { useEffect, useRef } from "react";
import { QUAD_CLASS_LABELS, QUAD_CLASSES, type QuadClass } from "@/lib/vocabulary";
import { REGION_STATUS_LABELS, REGION_STATUSES, type RegionStatus } from "@/geo/types";
import { drawMarker, MARKER_PIXEL_RATIO, MARKER_SIZE } from "./marker-images";
import { drawStatusPattern, PATTERN_PIXEL_RATIO, PATTERN_TILE, STATUS_LOOKS, STATUS_PATTERNS } from "./status-patterns";

const NEUTRAL = "#555555";

/** The marker itself, drawn by the same code the map uses, so the legend cannot drift. */
export function MarkerSample({ quad, hollow, dataset = false }: { quad: QuadClass; hollow: boolean; dataset?: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext("2d");
    if (context) drawMarker(context, { quad, colour: NEUTRAL, hollow, dataset }, MARKER_SIZE * MARKER_PIXEL_RATIO);
  }, [quad, hollow, dataset]);
  return (
    <canvas
      ref={canvas}
      width={MARKER_SIZE * MARKER_PIXEL_RATIO}
      height={MARKER_SIZE * MARKER_PIXEL_RATIO}
      style={{ width: MARKER_SIZE, height: MARKER_SIZE }}
      aria-hidden
    />
  );
}

const SWATCH = { width: 24, height: 14 };

/** A region's look for a status: its colour's fill, the status's pattern from the map's own code, its edge. */
export function StatusSwatch({ status, colour = "#e69f00" }: { status: RegionStatus; colour?: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext("2d");
    if (!context) return;
    const [width, height] = [SWATCH.width * PATTERN_PIXEL_RATIO, SWATCH.height * PATTERN_PIXEL_RATIO];
    context.clearRect(0, 0, width, height);
    context.fillStyle = `${colour}40`;
    context.fillRect(0, 0, width, height);
    const pattern = STATUS_PATTERNS[status];
    if (pattern) {
      const tile = new OffscreenCanvas(PATTERN_TILE * PATTERN_PIXEL_RATIO, PATTERN_TILE * PATTERN_PIXEL_RATIO);
      drawStatusPattern(tile.getContext("2d") as unknown as CanvasRenderingContext2D, pattern, tile.width);
      context.fillStyle = context.createPattern(tile, "repeat")!;
      context.fillRect(0, 0, width, height);
    }
    context.strokeStyle = colour;
    context.lineWidth = 2 * PATTERN_PIXEL_RATIO;
    context.setLineDash(status === "approximate" ? [4 * PATTERN_PIXEL_RATIO, 3 * PATTERN_PIXEL_RATIO] : []);
    context.strokeRect(context.lineWidth / 2, context.lineWidth / 2, width - context.lineWidth, height - context.lineWidth);
  }, [status, colour]);
  return (
    <canvas
      ref={canvas}
      className="status-swatch"
      width={SWATCH.width * PATTERN_PIXEL_RATIO}
      height={SWATCH.height * PATTERN_PIXEL_RATIO}
      style={SWATCH}
      data-status={status}
      aria-hidden
    />
  );
}

export function Legend() {
  return (
    <details className="legend" open data-testid="legend">
      <summary>Legend</summary>
      <ul>
        {QUAD_CLASSES.map((quad) => (
          <li key={quad}>
            <MarkerSample quad={quad} hollow={false} /> {QUAD_CLASS_LABELS[quad]}
          </li>
        ))}
        <li>
          <MarkerSample quad="verbal-cooperation" hollow /> Date or place approximate (labelled)
        </li>
        <li data-testid="legend-dataset">
          <MarkerSample quad="material-conflict" hollow={false} dataset /> Dataset event (ACLED row, not an article)
        </li>
        <li data-testid="legend-reports">
          <span className="legend-badge" aria-hidden>
            3
          </span>{" "}
          Reports of one incident (dark red and labelled &ldquo;contested&rdquo; when they disagree)
        </li>
        {REGION_STATUSES.map((status) => (
          <li key={status} data-testid="legend-status">
            <StatusSwatch status={status} /> Region {REGION_STATUS_LABELS[status]} ({STATUS_LOOKS[status]})
          </li>
        ))}
        <li>
          <span className="legend-line" aria-hidden /> 1974 ceasefire line · UNDOF zone
        </li>
      </ul>
      <p className="muted">Marker colour: the initiating actor.</p>
    </details>
  );
}
