"use client";

import type { EventView } from "@/db/queries/event-view";
import type { JsonState } from "../dashboard/use-json";
import { precisionLabel } from "../map/event-markers";
import { StatusMessage } from "./status-message";

/** The events in view as a list: the keyboard's way to every marker. */
export function EventList({
  view,
  filterQuery,
  viewQuery,
  selectedEventId,
  onSelect,
  onResetFilters,
  onRetry,
}: {
  view: JsonState<EventView>;
  /** The active filters as query parameters, for the whole-area export links. */
  filterQuery: string;
  /** The same with the map's bounds, for "Export this view" (null until the map has drawn). */
  viewQuery: string | null;
  selectedEventId: number | undefined;
  onSelect: (id: number) => void;
  onResetFilters: () => void;
  onRetry: () => void;
}) {
  let content;
  if (view.status === "error") {
    content = (
      <StatusMessage kind="error" action={{ label: "Try again", onClick: onRetry }}>
        Could not load events: {view.message}
      </StatusMessage>
    );
  } else if (view.status !== "ready") {
    content = <StatusMessage kind="loading">Loading events…</StatusMessage>;
  } else if (!view.data.total) {
    content = (
      <StatusMessage kind="empty" action={{ label: "Reset filters", onClick: onResetFilters }}>
        No events in view match these filters. Zoom out, or reset the filters.
      </StatusMessage>
    );
  } else if (!view.data.events.features.length) {
    content = (
      <p className="focus-note" data-testid="clustered-note">
        Too many to list: the map groups them into counted clusters. Zoom in, or narrow the filters or dates, to list them one by one.
      </p>
    );
  } else {
    content = (
      <ol className="event-list" data-testid="event-list">
        {view.data.events.features.map(({ properties: event }) => {
          const imprecision = precisionLabel(event);
          return (
            <li key={event.id}>
              <button
                type="button"
                aria-pressed={event.id === selectedEventId}
                onClick={() => onSelect(event.id)}
                data-testid={`event-item-${event.id}`}
              >
                <span className="swatch" style={{ background: event.colour }} aria-hidden />
                <span>
                  <strong>{event.type}</strong> {event.dateValue} · {event.place ?? "unplaced"}
                  <span className="muted"> · {event.actors.join(", ")}</span>
                  {imprecision && <span className="muted"> · {imprecision}</span>}
                  {event.fatalities !== null && event.fatalities > 0 && (
                    <span data-testid="event-item-fatalities"> · {event.fatalities.toLocaleString("en")} killed</span>
                  )}
                  {event.sourceKind === "dataset" && <span className="badge badge-dataset"> ACLED</span>}
                  {event.status === "draft" && <span className="badge badge-draft"> draft</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    );
  }
  const count = view.status === "ready" ? view.data.total : null;
  const drafts = view.status === "ready" ? view.data.events.features.filter((feature) => feature.properties.status === "draft").length : 0;
  return (
    <section className="rail-section" aria-labelledby="events-heading">
      <h2 id="events-heading">
        Events in view{" "}
        {count !== null && (
          <span className="count" data-testid="event-count">
            {count.toLocaleString("en")}
          </span>
        )}
      </h2>
      {viewQuery && (
        <p className="exports" data-testid="exports">
          Export this view:{" "}
          <a href={`/api/export/events.geojson?${viewQuery}`} download data-testid="export-view-geojson">
            events GeoJSON
          </a>{" "}
          ·{" "}
          <a href={`/api/export/events.csv?${viewQuery}`} download data-testid="export-view-csv">
            events CSV (ACLED)
          </a>{" "}
          ·{" "}
          <a href={`/api/export/regions.geojson?${filterQuery}`} download>
            regions GeoJSON
          </a>
          <br />
          Everywhere, same filters:{" "}
          <a href={`/api/export/events.geojson?${filterQuery}`} download data-testid="export-all-geojson">
            events GeoJSON
          </a>{" "}
          ·{" "}
          <a href={`/api/export/events.csv?${filterQuery}`} download data-testid="export-all-csv">
            events CSV (ACLED)
          </a>{" "}
          ·{" "}
          <a href={`/api/export/events.csv?${filterQuery}${filterQuery ? "&" : ""}per=report`} download data-testid="export-reports-csv">
            every report, CSV
          </a>
          <br />
          <span className="muted">One row per incident; &ldquo;every report&rdquo; adds each outlet&apos;s own report of it.</span>
        </p>
      )}
      {drafts > 0 && (
        <p className="focus-note" data-testid="draft-count">
          {drafts} draft event{drafts === 1 ? "" : "s"} to review (faded on the map)
        </p>
      )}
      {content}
    </section>
  );
}
