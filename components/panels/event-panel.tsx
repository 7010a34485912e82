"use client";

import type { EventDetail } from "@/db/queries/events";
import { GEO_PRECISION_LABELS, QUAD_CLASS_LABELS, type GeoPrecision } from "@/db/vocabulary";
import type { EventFacts } from "@/geo/derive-facts";
import { useJson } from "../dashboard/use-json";
import { formatEventDate, formatPublished } from "./format";
import { StatusMessage } from "./status-message";

type EventResponse = EventDetail & { facts: EventFacts };

/** One event: what, when, where, who, the derived facts, and the sentence that says so. */
export function EventPanel({ eventId, onShowInArticle, onSelectRegion }: {
  eventId: number;
  onShowInArticle: (articleId: number) => void;
  onSelectRegion: (regionId: string) => void;
}) {
  const [state, retry] = useJson<EventResponse>(`/api/events/${eventId}`);
  if (state.status === "error") return <StatusMessage kind="error" action={{ label: "Try again", onClick: retry }}>Could not load event {eventId}: {state.message}</StatusMessage>;
  if (state.status !== "ready") return <StatusMessage kind="loading">Loading event…</StatusMessage>;
  const event = state.data;
  return (
    <article className="panel-body" data-testid="event-panel" aria-labelledby="event-title">
      <h2 id="event-title">
        {event.type} <span className="muted">· {QUAD_CLASS_LABELS[event.quad]}</span>
      </h2>
      {event.status !== "confirmed" && <p className={`badge badge-${event.status}`}>{event.status}</p>}
      <dl className="facts">
        <dt>Date</dt>
        <dd data-testid="event-date">{formatEventDate(event.dateValue, event.datePrecision)}</dd>
        <dt>Place</dt>
        <dd>
          {event.place?.name ?? "unknown"} <span className="muted">({GEO_PRECISION_LABELS[event.geoPrecision as GeoPrecision]})</span>
          {event.place && <div className="source-note">Coordinates: {event.place.coordinateSource}</div>}
        </dd>
        <dt>Actors</dt>
        <dd>
          <ul className="actor-roles">
            {event.actors.map((actor) => (
              <li key={`${actor.id}-${actor.role}`}>
                <span className="swatch" style={{ background: actor.colour }} aria-hidden /> {actor.name} <span className="muted">— {actor.role}</span>
              </li>
            ))}
          </ul>
        </dd>
        <dt>Inside</dt>
        <dd data-testid="event-regions">
          {event.facts.regions.length ? (
            event.facts.regions.map((region) => (
              <button key={region.id} type="button" className="link" onClick={() => onSelectRegion(region.id)}>
                {region.name}
              </button>
            ))
          ) : (
            <span className="muted">none of the mapped regions</span>
          )}
        </dd>
        <dt>Türkiye–Syria border</dt>
        <dd>{event.facts.borderDistanceKm} km</dd>
        <dt>1974 ceasefire line</dt>
        <dd>{event.facts.ceasefireLineDistanceKm} km</dd>
      </dl>
      {event.notes && <p className="source-note">{event.notes}</p>}
      <h3>Evidence</h3>
      {event.evidence.map((quote) => (
        <figure key={`${quote.articleId}-${quote.start}`} className="evidence">
          <blockquote data-testid="evidence-quote">{quote.quote}</blockquote>
          <figcaption>
            {quote.outlet}, {formatPublished(quote.published)} — <cite>{quote.title}</cite>
          </figcaption>
          <button type="button" onClick={() => onShowInArticle(quote.articleId)} data-testid="show-in-article">
            Show in article
          </button>
        </figure>
      ))}
    </article>
  );
}
