"use client";

import type { EventMarkerProps } from "@/db/queries/events";
import type { FeatureCollection, Point } from "@/geo/types";
import type { JsonState } from "../dashboard/use-json";
import { precisionLabel } from "../map/event-markers";
import { StatusMessage } from "./status-message";

/** The events on the map as a list: the keyboard's way to every marker. */
export function EventList({ events, filterQuery, selectedEventId, onSelect, onResetFilters, onRetry }: {
  events: JsonState<FeatureCollection<Point, EventMarkerProps>>;
  /** The active filters as query parameters, for the export links. */
  filterQuery: string;
  selectedEventId: number | undefined;
  onSelect: (id: number) => void;
  onResetFilters: () => void;
  onRetry: () => void;
}) {
  let content;
  if (events.status === "error") {
    content = <StatusMessage kind="error" action={{ label: "Try again", onClick: onRetry }}>Could not load events: {events.message}</StatusMessage>;
  } else if (events.status !== "ready") {
    content = <StatusMessage kind="loading">Loading events…</StatusMessage>;
  } else if (!events.data.features.length) {
    content = <StatusMessage kind="empty" action={{ label: "Reset filters", onClick: onResetFilters }}>No events match these filters.</StatusMessage>;
  } else {
    content = (
      <ol className="event-list" data-testid="event-list">
        {events.data.features.map(({ properties: event }) => {
          const imprecision = precisionLabel(event);
          return (
            <li key={event.id}>
              <button type="button" aria-pressed={event.id === selectedEventId} onClick={() => onSelect(event.id)} data-testid={`event-item-${event.id}`}>
                <span className="swatch" style={{ background: event.colour }} aria-hidden />
                <span>
                  <strong>{event.type}</strong> {event.dateValue} · {event.place ?? "unplaced"}
                  <span className="muted"> · {event.actors.join(", ")}</span>
                  {imprecision && <span className="muted"> · {imprecision}</span>}
                  {event.status === "draft" && <span className="badge badge-draft"> draft</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    );
  }
  const count = events.status === "ready" ? events.data.features.length : null;
  const drafts = events.status === "ready" ? events.data.features.filter((feature) => feature.properties.status === "draft").length : 0;
  return (
    <section className="rail-section" aria-labelledby="events-heading">
      <h2 id="events-heading">Events {count !== null && <span className="count" data-testid="event-count">{count}</span>}</h2>
      <p className="exports" data-testid="exports">
        Export this view: <a href={`/api/export/events.geojson?${filterQuery}`} download>events GeoJSON</a> · <a href={`/api/export/events.csv?${filterQuery}`} download>events CSV (ACLED)</a> · <a href={`/api/export/regions.geojson?${filterQuery}`} download>regions GeoJSON</a>
      </p>
      {drafts > 0 && <p className="focus-note" data-testid="draft-count">{drafts} draft event{drafts === 1 ? "" : "s"} to review (faded on the map)</p>}
      {content}
    </section>
  );
}
