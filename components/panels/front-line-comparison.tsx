"use client";

import { useState, type FormEvent } from "react";
import type { RegionChangesAnswer } from "@/geo/region-changes";
import { formatNetKm2, type Comparison } from "@/lib/comparison";
import type { JsonState } from "../dashboard/use-json";
import { CHANGE_COLOURS } from "../map/overlay-layers";
import { StatusMessage } from "./status-message";

const formatKm2 = (km2: number) => `${km2.toLocaleString("en", { maximumFractionDigits: 1 })} km²`;

/**
 * "What changed between two dates": the analyst picks two days (or takes the timeline's range), the
 * map shows the ground each region gained and lost, and this lists it per region in km².
 */
export function FrontLineComparison({
  comparison,
  timelineRange,
  changes,
  onChange,
  onRetry,
}: {
  comparison: Comparison | null;
  /** The date filter's range, when it has both ends: one click compares it. */
  timelineRange: Comparison | null;
  changes: JsonState<RegionChangesAnswer>;
  onChange: (comparison: Comparison | null) => void;
  onRetry: () => void;
}) {
  const [open, setOpen] = useState(Boolean(comparison));
  const [from, setFrom] = useState(comparison?.from ?? "");
  const [to, setTo] = useState(comparison?.to ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  // The fields follow a comparison set from elsewhere (Back, the timeline's range).
  const [shown, setShown] = useState(comparison);
  if (shown !== comparison) {
    setShown(comparison);
    setFrom(comparison?.from ?? "");
    setTo(comparison?.to ?? "");
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!from || !to) return setProblem("Pick both dates.");
    if (from >= to) return setProblem("The first date must come before the second.");
    setProblem(null);
    onChange({ from, to });
  };

  return (
    <section className="rail-section" aria-labelledby="comparison-heading" data-testid="front-line-comparison">
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <h2 id="comparison-heading">
            Compare front lines{" "}
            {comparison && (
              <span className="count">
                {comparison.from} → {comparison.to}
              </span>
            )}
          </h2>
        </summary>
        <form className="comparison-form" onSubmit={submit}>
          <label>
            From
            <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} data-testid="compare-from" />
          </label>
          <label>
            To
            <input type="date" value={to} min={from} onChange={(event) => setTo(event.target.value)} data-testid="compare-to" />
          </label>
          <div className="form-actions">
            <button type="submit" data-testid="compare-submit">
              Compare
            </button>
            {timelineRange && (
              <button type="button" className="link" onClick={() => onChange(timelineRange)} data-testid="compare-timeline">
                Use the date range
              </button>
            )}
            {comparison && (
              <button type="button" className="link" onClick={() => onChange(null)} data-testid="compare-clear">
                Clear
              </button>
            )}
          </div>
        </form>
        {problem && <StatusMessage kind="error">{problem}</StatusMessage>}
        {comparison && <ComparisonResult comparison={comparison} changes={changes} onRetry={onRetry} />}
        {comparison && (
          <p className="hint">
            <span className="change-key" style={{ borderColor: CHANGE_COLOURS.gained, background: `${CHANGE_COLOURS.gained}70` }} /> gained
            (solid edge) ·{" "}
            <span className="change-key lost" style={{ borderColor: CHANGE_COLOURS.lost, background: `${CHANGE_COLOURS.lost}70` }} /> lost
            (dashed edge), between the versions valid on each date.
          </p>
        )}
      </details>
    </section>
  );
}

function ComparisonResult({
  comparison,
  changes,
  onRetry,
}: {
  comparison: Comparison;
  changes: JsonState<RegionChangesAnswer>;
  onRetry: () => void;
}) {
  if (changes.status === "error")
    return (
      <StatusMessage kind="error" action={{ label: "Try again", onClick: onRetry }}>
        Could not compare: {changes.message}
      </StatusMessage>
    );
  if (changes.status !== "ready") return <StatusMessage kind="loading">Comparing…</StatusMessage>;
  if (!changes.data.summary.length)
    return (
      <StatusMessage kind="empty">
        No region changed between {comparison.from} and {comparison.to}.
      </StatusMessage>
    );
  return (
    <ul className="comparison-rows">
      {changes.data.summary.map((row) => (
        <li key={row.region} data-testid="comparison-row">
          <strong>{row.name}</strong>: {formatNetKm2(row.netKm2)} between {comparison.from} and {comparison.to}
          <div className="muted">
            {formatKm2(row.gainedKm2)} gained, {formatKm2(row.lostKm2)} lost
          </div>
        </li>
      ))}
    </ul>
  );
}
