"use client";

import type { EventFilters } from "@/lib/event-filters";
import type { ActorWithCount } from "@/db/queries/actors";
import { onlyActor, toggleActor } from "../dashboard/url-state";

/**
 * The actor layers: a checkbox per actor (off hides every event it takes part in and the
 * regions it holds), "only" to show just one actor's events, and reset.
 */
export function ActorFilter({
  actors,
  filters,
  onChange,
  onReset,
}: {
  actors: ActorWithCount[];
  filters: EventFilters;
  onChange: (filters: EventFilters) => void;
  onReset: () => void;
}) {
  const focused = filters.actors.length ? actors.filter((actor) => filters.actors.includes(actor.id)) : [];
  // Reset clears every filter, so it is offered whenever any is set.
  const filtered =
    focused.length > 0 ||
    filters.excludedActors.length > 0 ||
    filters.types.length > 0 ||
    Boolean(filters.from || filters.to || filters.region || filters.borderKm || filters.bbox);
  return (
    <section className="rail-section" aria-labelledby="actors-heading" data-testid="actor-filter">
      <div className="rail-heading">
        <h2 id="actors-heading">Actors</h2>
        <button type="button" className="link" onClick={onReset} disabled={!filtered} data-testid="reset-filters">
          Reset
        </button>
      </div>
      {focused.length > 0 && (
        <p className="focus-note" data-testid="only-note">
          Only events involving {focused.map((actor) => actor.name).join(", ")}.
        </p>
      )}
      <ul className="actor-list">
        {actors.map((actor) => {
          const shown = !filters.excludedActors.includes(actor.id);
          return (
            <li key={actor.id} className={shown ? "" : "off"}>
              <label>
                <input
                  type="checkbox"
                  checked={shown}
                  onChange={() => onChange(toggleActor(filters, actor.id))}
                  data-testid={`actor-toggle-${actor.id}`}
                />
                <span className="swatch" style={{ background: actor.colour }} aria-hidden />
                <span className="actor-name" title={actor.name}>
                  {actor.name}
                </span>
                <span className="count" aria-label={`${actor.eventCount} events`}>
                  {actor.eventCount}
                </span>
              </label>
              <button
                type="button"
                className="only"
                onClick={() => onChange(onlyActor(filters, actor.id))}
                aria-label={`Only ${actor.name}`}
                data-testid={`actor-only-${actor.id}`}
              >
                only
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
