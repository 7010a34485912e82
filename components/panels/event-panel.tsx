"use client";

import { useState } from "react";
import type { ActorWithCount } from "@/db/queries/actors";
import type { EventDetail } from "@/db/queries/events";
import type { EventReview } from "@/db/schema";
import { GEO_PRECISION_LABELS, QUAD_CLASS_LABELS, type GeoPrecision } from "@/lib/vocabulary";
import type { EventFacts } from "@/geo/derive-facts";
import { sendJson } from "../dashboard/api-client";
import { useCanWrite } from "../dashboard/session";
import { useJson } from "../dashboard/use-json";
import { EventForm } from "./event-form";
import { IncidentSection } from "./incident-section";
import { formatEventDate, formatPublished } from "./format";
import type { AcledRecordFields } from "@/lib/acled";
import { StatusMessage } from "./status-message";

type EventResponse = EventDetail & { facts: EventFacts; reviews: EventReview[] };

/**
 * One event: what, when, where, who, the derived facts, the sentence that says so, and its
 * review: confirm, reject or correct it; every decision is logged with the reviewer's name.
 */
export function EventPanel({
  eventId,
  actors,
  onShowInArticle,
  onSelectRegion,
  onSelectEvent,
  onChanged,
}: {
  eventId: number;
  actors: ActorWithCount[];
  onShowInArticle: (articleId: number) => void;
  onSelectRegion: (regionId: string) => void;
  onSelectEvent: (eventId: number) => void;
  onChanged: () => void;
}) {
  const [state, retry] = useJson<EventResponse>(`/api/events/${eventId}`);
  const [editing, setEditing] = useState(false);
  const canWrite = useCanWrite();
  const [reviewError, setReviewError] = useState<string | null>(null);
  if (state.status === "error")
    return (
      <StatusMessage kind="error" action={{ label: "Try again", onClick: retry }}>
        Could not load event {eventId}: {state.message}
      </StatusMessage>
    );
  if (state.status !== "ready") return <StatusMessage kind="loading">Loading event…</StatusMessage>;
  const event = state.data;
  const review = async (change: Record<string, unknown>) => {
    setReviewError(null);
    try {
      await sendJson("PATCH", `/api/events/${eventId}`, change);
      setEditing(false);
      retry();
      onChanged();
    } catch (failure) {
      setReviewError((failure as Error).message);
    }
  };
  const lastReview = event.reviews.at(-1);
  return (
    <article className="panel-body" data-testid="event-panel" aria-labelledby="event-title">
      <h2 id="event-title">
        {event.type} <span className="muted">· {QUAD_CLASS_LABELS[event.quad]}</span>
      </h2>
      <div className="review-bar" data-testid="review-bar">
        <span className={`badge badge-${event.status}`} data-testid="event-status">
          {event.status}
        </span>
        {canWrite && event.status !== "confirmed" && (
          <button type="button" onClick={() => review({ status: "confirmed" })} data-testid="confirm-event">
            Confirm
          </button>
        )}
        {canWrite && event.status !== "rejected" && (
          <button type="button" onClick={() => review({ status: "rejected" })} data-testid="reject-event">
            Reject
          </button>
        )}
        {canWrite && (
          <button type="button" onClick={() => setEditing(!editing)} aria-expanded={editing} data-testid="edit-event">
            {editing ? "Close editor" : "Edit"}
          </button>
        )}
      </div>
      {lastReview && (
        <p className="source-note" data-testid="last-review">
          {lastReview.action === "create" ? "Created" : `Last ${lastReview.action === "edit" ? "edited" : lastReview.action + "ed"}`} by{" "}
          {lastReview.reviewer}, {lastReview.reviewedAt.slice(0, 16).replace("T", " ")} UTC
        </p>
      )}
      {reviewError && (
        <p className="status status-error" role="alert">
          {reviewError}
        </p>
      )}
      {editing && (
        <EventForm
          actors={actors}
          submitLabel="Save changes"
          initial={{
            type: event.type,
            date: event.dateValue,
            place: event.place && {
              id: event.place.gazetteerId ?? "",
              name: event.place.name,
              countryCode: event.place.countryCode,
              precision: event.place.precision,
            },
            geoPrecision: event.geoPrecision as GeoPrecision,
            actors: event.actors.map((actor) => [actor.id, actor.role]),
          }}
          onCancel={() => setEditing(false)}
          onSubmit={(values) =>
            review({
              type: values.type,
              date: values.date,
              place: values.place.id,
              geoPrecision: values.geoPrecision,
              actors: values.actors,
            })
          }
        />
      )}
      <dl className="facts">
        <dt>Date</dt>
        <dd data-testid="event-date">{formatEventDate(event.dateValue, event.datePrecision, event.dateStart, event.dateEnd)}</dd>
        <dt>Fatalities</dt>
        <dd data-testid="event-fatalities">
          {event.fatalities === null ? <span className="muted">not reported</span> : `${event.fatalities.toLocaleString("en")} reported`}
        </dd>
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
                <span className="swatch" style={{ background: actor.colour }} aria-hidden /> {actor.name}{" "}
                <span className="muted">— {actor.role}</span>
              </li>
            ))}
            {event.dataset?.civilianTargeting && <li className="muted">Civilians targeted (ACLED)</li>}
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
      <IncidentSection
        eventId={eventId}
        incident={event.incident}
        actors={actors}
        onShowInArticle={onShowInArticle}
        onSelectEvent={onSelectEvent}
        onChanged={() => {
          retry();
          onChanged();
        }}
      />
      {event.notes && <p className="source-note">{event.notes}</p>}
      {event.dataset && <DatasetSource record={event.dataset} />}
      {event.extraction && <ExtractionReasons extraction={event.extraction} />}
      {event.evidence.length > 0 && <h3>Evidence</h3>}
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

/** Why the extractor drafted it: how sure it was and on what (trigger, place and runner-up, date). */
function ExtractionReasons({ extraction }: { extraction: NonNullable<EventDetail["extraction"]> }) {
  return (
    <details className="extraction-reasons" data-testid="extraction-reasons">
      <summary>
        Why this draft: <span data-testid="extraction-confidence">{Math.round(extraction.confidence * 100)}% sure</span>
        {extraction.planned && " · planned, not yet carried out"}
      </summary>
      <ul>
        {extraction.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </details>
  );
}

/** A dataset event's source: the ACLED row, its outlets and the coder's summary (never shown as an article's sentence). */
function DatasetSource({ record }: { record: AcledRecordFields }) {
  const outlets = record.source
    .split(";")
    .map((outlet) => outlet.trim())
    .filter(Boolean);
  const admin = [record.admin3, record.admin2, record.admin1].filter(Boolean).join(", ");
  return (
    <section className="dataset-source" data-testid="dataset-source" aria-labelledby="dataset-source-title">
      <h3 id="dataset-source-title">Source: ACLED {record.eventIdCnty}</h3>
      <p className="source-note">
        {record.eventType} · {record.subEventType}
        {admin && <> · {admin}</>}
        {record.timestamp > 0 && <> · row of {new Date(record.timestamp * 1000).toISOString().slice(0, 10)}</>}
      </p>
      <h4>ACLED coder&apos;s note</h4>
      <p className="coder-note" data-testid="coder-note">
        {record.notes || <span className="muted">none</span>}
      </p>
      <dl className="facts">
        <dt>Outlets ACLED read</dt>
        <dd data-testid="dataset-outlets">{outlets.length ? outlets.join(" · ") : <span className="muted">not given</span>}</dd>
        {record.sourceScale && (
          <>
            <dt>Source scale</dt>
            <dd>{record.sourceScale}</dd>
          </>
        )}
        <dt>As ACLED names them</dt>
        <dd>{[record.actor1, record.assocActor1, record.actor2, record.assocActor2].filter(Boolean).join("; ")}</dd>
        {record.tags && (
          <>
            <dt>Tags</dt>
            <dd>{record.tags}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
