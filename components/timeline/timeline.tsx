"use client";

import { useEffect, useRef, useState, type Dispatch, type PointerEvent, type SetStateAction } from "react";
import { writeEventFilters, type EventFilters } from "@/lib/event-filters";
import type { Timeline as TimelineData } from "@/db/queries/timeline";
import { useJson } from "../dashboard/use-json";
import { monthRange, nextWindow, rangeOfMonths, type PlayStep } from "./time-window";

/** How long each playback window stays on screen. */
const PLAY_INTERVAL_MS = 1200;
const CHART_HEIGHT = 48;

/**
 * The histogram of events per month under the map. Drag across it to set the date range
 * (kept in the URL with the other filters); play steps a week- or month-long window
 * through time. Bars are precision-aware: events dated to a day or month stand in their
 * month (dark); events known only by year are spread over its months (pale).
 */
export function Timeline({ filters, onChange }: { filters: EventFilters; onChange: Dispatch<SetStateAction<EventFilters>> }) {
  // The chart always shows the whole span: every filter applies but its own date range.
  const [state] = useJson<TimelineData>(`/api/events/timeline?${writeEventFilters({ ...filters, from: undefined, to: undefined })}`);
  const [step, setStep] = useState<PlayStep>("month");
  const [playing, setPlaying] = useState(false);
  const [drag, setDrag] = useState<{ anchor: number; current: number } | null>(null);
  const chart = useRef<HTMLDivElement>(null);
  const data = state.status === "ready" ? state.data : state.status === "loading" ? state.previous : undefined;
  const buckets = data?.buckets ?? [];
  const firstDay = buckets.length ? monthRange(buckets[0].month).from : null;
  const lastDay = buckets.length ? monthRange(buckets[buckets.length - 1].month).to : null;

  useEffect(() => {
    if (!playing || !firstDay || !lastDay) return;
    const timer = window.setInterval(() => {
      onChange((current) => {
        const next = nextWindow(current, step, firstDay, lastDay);
        if (!next) {
          setPlaying(false);
          return current;
        }
        return { ...current, ...next };
      });
    }, PLAY_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [playing, step, firstDay, lastDay, onChange]);

  const indexAt = (event: PointerEvent) => {
    const box = chart.current!.getBoundingClientRect();
    return Math.max(0, Math.min(buckets.length - 1, Math.floor(((event.clientX - box.left) / box.width) * buckets.length)));
  };
  const onPointerDown = (event: PointerEvent) => {
    if (!buckets.length) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const index = indexAt(event);
    setPlaying(false);
    setDrag({ anchor: index, current: index });
  };
  const onPointerMove = (event: PointerEvent) => drag && setDrag({ ...drag, current: indexAt(event) });
  const onPointerUp = () => {
    if (!drag) return;
    const range = rangeOfMonths(buckets[drag.anchor].month, buckets[drag.current].month);
    setDrag(null);
    onChange((current) => ({ ...current, ...range }));
  };

  const peak = Math.max(1, ...buckets.map((bucket) => bucket.exact + bucket.spread));
  const width = 100 / Math.max(1, buckets.length);
  // The selected range, as a share of the chart (partial months shaded whole).
  const selected = drag
    ? rangeOfMonths(buckets[drag.anchor].month, buckets[drag.current].month)
    : filters.from || filters.to
      ? { from: filters.from ?? firstDay ?? "", to: filters.to ?? lastDay ?? "" }
      : null;
  const monthIndex = (day: string) => buckets.findIndex((bucket) => bucket.month >= day.slice(0, 7));
  const startIndex = selected ? Math.max(0, monthIndex(selected.from)) : 0;
  const endIndex = selected ? (monthIndex(selected.to) === -1 ? buckets.length - 1 : monthIndex(selected.to)) : 0;
  const years = buckets.map((bucket, index) => ({ bucket, index })).filter(({ bucket }) => bucket.month.endsWith("-01"));

  return (
    <section className="timeline" aria-label="Timeline" data-testid="timeline">
      <div className="timeline-controls">
        <button
          type="button"
          className="header-button"
          aria-pressed={playing}
          onClick={() => setPlaying(!playing)}
          disabled={!buckets.length}
          data-testid="timeline-play"
        >
          {playing ? "Pause" : "Play"}
        </button>
        <label>
          by{" "}
          <select value={step} onChange={(event) => setStep(event.target.value as PlayStep)} data-testid="timeline-step">
            <option value="week">week</option>
            <option value="month">month</option>
          </select>
        </label>
        <span data-testid="timeline-range">
          {filters.from || filters.to
            ? `${filters.from ?? "start"} – ${filters.to ?? "end"}`
            : "All dates · drag across the chart to choose"}
        </span>
        {(filters.from || filters.to) && (
          <button
            type="button"
            className="link"
            onClick={() => {
              setPlaying(false);
              onChange((current) => ({ ...current, from: undefined, to: undefined }));
            }}
          >
            All dates
          </button>
        )}
        <span className="muted timeline-key">
          <span className="key-exact" aria-hidden /> dated to the day or month · <span className="key-spread" aria-hidden /> known only by
          year, spread over it
        </span>
      </div>
      {state.status === "error" && <p className="muted">Could not load the timeline: {state.message}</p>}
      {data && !buckets.length && (
        <p className="muted" data-testid="timeline-empty">
          No dated events match these filters.
        </p>
      )}
      {buckets.length > 0 && (
        <div
          ref={chart}
          className="timeline-chart"
          role="img"
          aria-label={`Events per month from ${buckets[0].month} to ${buckets[buckets.length - 1].month}, ${data!.total.toLocaleString("en")} in all`}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          data-testid="timeline-chart"
        >
          <svg viewBox={`0 0 100 ${CHART_HEIGHT}`} preserveAspectRatio="none" width="100%" height={CHART_HEIGHT}>
            {selected && (
              <rect
                x={startIndex * width}
                width={(endIndex - startIndex + 1) * width}
                y={0}
                height={CHART_HEIGHT}
                className="timeline-selection"
                data-testid="timeline-selection"
              />
            )}
            {buckets.map((bucket, index) => {
              const exactHeight = (bucket.exact / peak) * CHART_HEIGHT;
              const spreadHeight = (bucket.spread / peak) * CHART_HEIGHT;
              return (
                <g key={bucket.month}>
                  <title>
                    {`${bucket.month}: ${bucket.exact.toLocaleString("en")} dated events${bucket.fatalities ? `, ${bucket.fatalities.toLocaleString("en")} killed as reported` : ""}` +
                      `${bucket.spread ? `, plus a twelfth of the year's ${Math.round(bucket.spread * 12).toLocaleString("en")} year-only events` : ""}`}
                  </title>
                  <rect
                    x={index * width}
                    width={width * 0.9}
                    y={CHART_HEIGHT - exactHeight}
                    height={exactHeight}
                    className="timeline-exact"
                  />
                  <rect
                    x={index * width}
                    width={width * 0.9}
                    y={CHART_HEIGHT - exactHeight - spreadHeight}
                    height={spreadHeight}
                    className="timeline-spread"
                  />
                </g>
              );
            })}
          </svg>
          <div className="timeline-years" aria-hidden>
            {years.map(({ bucket, index }) => (
              <span key={bucket.month} style={{ left: `${index * width}%` }}>
                {bucket.month.slice(0, 4)}
              </span>
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
