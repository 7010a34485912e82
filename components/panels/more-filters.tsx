"use client";

import { useState } from "react";
import type { EventFilters } from "@/lib/event-filters";
import {
  PLOVER_TYPES,
  QUAD_CLASS_LABELS,
  QUAD_CLASSES,
  RELIABILITY_GRADES,
  RELIABILITY_LABELS,
  quadClassOf,
  type EventSourceKind,
  type PloverType,
  type ReliabilityGrade,
} from "@/lib/vocabulary";

/**
 * Filters beside the actors: event types, dates, inside a region, near the Türkiye–Syria border,
 * deaths reported, source, and how well an incident is sourced (independent sources, outlet grade).
 */
export function MoreFilters({
  filters,
  regionNames,
  storedRegionNames,
  onChange,
}: {
  filters: EventFilters;
  /** The regions drawn at the filters' date, by id: the choices. */
  regionNames: Record<string, string>;
  /** Every region stored, by id: a link may name one not drawn at that date, or none stored. */
  storedRegionNames: Record<string, string>;
  onChange: (filters: EventFilters) => void;
}) {
  const toggleType = (type: PloverType) =>
    onChange({
      ...filters,
      types: filters.types.includes(type) ? filters.types.filter((other) => other !== type) : [...filters.types, type],
    });
  const active =
    filters.types.length +
    [
      filters.from || filters.to,
      filters.region,
      filters.borderKm,
      filters.killed,
      filters.source,
      filters.minSources,
      filters.minReliability,
    ].filter(Boolean).length;
  // A region the choices lack still shows as chosen (a select would show "anywhere" while the
  // filter holds): named when stored but not drawn at the date, flagged when no region has that id.
  const { region } = filters;
  const unknownRegion = region !== undefined && !(region in storedRegionNames);
  const regionChoices =
    region === undefined || region in regionNames
      ? regionNames
      : {
          ...regionNames,
          [region]: unknownRegion ? `${region} (not stored)` : `${storedRegionNames[region]} (not drawn at this date)`,
        };
  // Open at first when a link brings filters; afterwards it stays as the analyst leaves it.
  const [open, setOpen] = useState(active > 0);
  return (
    <section className="rail-section" aria-labelledby="filters-heading">
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <h2 id="filters-heading">More filters {active > 0 && <span className="count">{active} active</span>}</h2>
        </summary>
        <fieldset className="type-filter">
          <legend>
            Event types <span className="muted">(none ticked: all)</span>
          </legend>
          {QUAD_CLASSES.map((quad) => (
            <div key={quad} className="type-group">
              <span className="muted">{QUAD_CLASS_LABELS[quad]}</span>
              {PLOVER_TYPES.filter((type) => quadClassOf(type) === quad).map((type) => (
                <label key={type}>
                  <input
                    type="checkbox"
                    checked={filters.types.includes(type)}
                    onChange={() => toggleType(type)}
                    data-testid={`type-toggle-${type}`}
                  />{" "}
                  {type}
                </label>
              ))}
            </div>
          ))}
        </fieldset>
        <div className="filter-row">
          <label>
            From{" "}
            <input
              type="date"
              value={filters.from ?? ""}
              max={filters.to}
              onChange={(event) => onChange({ ...filters, from: event.target.value || undefined })}
              data-testid="filter-from"
            />
          </label>
          <label>
            To{" "}
            <input
              type="date"
              value={filters.to ?? ""}
              min={filters.from}
              onChange={(event) => onChange({ ...filters, to: event.target.value || undefined })}
              data-testid="filter-to"
            />
          </label>
        </div>
        <label className="filter-row">
          Inside
          <select
            value={filters.region ?? ""}
            onChange={(event) => onChange({ ...filters, region: event.target.value || undefined })}
            data-testid="filter-region"
          >
            <option value="">anywhere</option>
            {Object.entries(regionChoices).map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        {unknownRegion && (
          <p className="status status-error" role="alert" data-testid="filter-region-error">
            No region &ldquo;{region}&rdquo; is stored, so no event matches: choose a region, or anywhere.
          </p>
        )}
        <label className="filter-row">
          Within
          <input
            type="number"
            min={1}
            max={1000}
            step={5}
            value={filters.borderKm ?? ""}
            placeholder="any"
            onChange={(event) =>
              onChange({
                ...filters,
                borderKm: event.target.value ? Math.min(1000, Math.max(1, Math.round(Number(event.target.value)))) : undefined,
              })
            }
            data-testid="filter-border-km"
          />
          km of the Türkiye–Syria border
        </label>
        <label className="filter-row checkbox">
          <input
            type="checkbox"
            checked={filters.killed ?? false}
            onChange={(event) => onChange({ ...filters, killed: event.target.checked || undefined })}
            data-testid="filter-killed"
          />
          At least one killed (as its source reports)
        </label>
        <label className="filter-row">
          From
          <select
            value={filters.source ?? ""}
            onChange={(event) => onChange({ ...filters, source: (event.target.value || undefined) as EventSourceKind | undefined })}
            data-testid="filter-source"
          >
            <option value="">articles and datasets</option>
            <option value="article">articles only</option>
            <option value="dataset">datasets only (ACLED)</option>
          </select>
        </label>
        <label className="filter-row">
          At least
          <input
            type="number"
            min={1}
            max={50}
            value={filters.minSources ?? ""}
            placeholder="1"
            onChange={(event) =>
              onChange({
                ...filters,
                minSources: Number(event.target.value) > 1 ? Math.min(50, Math.round(Number(event.target.value))) : undefined,
              })
            }
            data-testid="filter-min-sources"
          />
          independent sources (a wire&apos;s reprints count once)
        </label>
        <label className="filter-row">
          Reported by an outlet graded
          <select
            value={filters.minReliability ?? ""}
            onChange={(event) =>
              onChange({ ...filters, minReliability: (event.target.value || undefined) as ReliabilityGrade | undefined })
            }
            data-testid="filter-min-reliability"
          >
            <option value="">any grade</option>
            {RELIABILITY_GRADES.slice(0, -1).map((grade) => (
              <option key={grade} value={grade}>
                {grade} or better — {RELIABILITY_LABELS[grade]}
              </option>
            ))}
          </select>
        </label>
      </details>
    </section>
  );
}
