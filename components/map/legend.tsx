"use client";

import { useEffect, useRef } from "react";
import { QUAD_CLASS_LABELS, QUAD_CLASSES, type QuadClass } from "@/lib/vocabulary";
import { drawMarker, MARKER_PIXEL_RATIO, MARKER_SIZE } from "./marker-images";

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
        <li>
          <span className="legend-fill approximate" aria-hidden /> Region, approximate (dashed edge)
        </li>
        <li>
          <span className="legend-fill" aria-hidden /> Region, assessed (solid edge)
        </li>
        <li>
          <span className="legend-line" aria-hidden /> 1974 ceasefire line · UNDOF zone
        </li>
      </ul>
      <p className="muted">Marker colour: the initiating actor.</p>
    </details>
  );
}
