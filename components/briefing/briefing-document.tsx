import type { BriefingSnapshot } from "@/lib/briefing-snapshot";
import { scaleBar } from "@/lib/briefing-snapshot";
import { CREDIBILITY_LABELS, QUAD_CLASS_LABELS, QUAD_CLASSES, type DatePrecision } from "@/lib/vocabulary";
import { MarkerSample, StatusSwatch } from "../map/legend";
import { STATUS_LOOKS } from "../map/status-patterns";
import { REGION_STATUS_LABELS } from "@/geo/types";
import { formatNetKm2 } from "@/lib/comparison";
import { formatEventDate } from "../panels/format";

export interface BriefingForDocument {
  id: number;
  title: string;
  notes: string;
  createdAt: string;
  createdBy: string;
  dataAsOf: string;
  snapshot: BriefingSnapshot;
}

const stamp = (iso: string) => `${formatEventDate(iso.slice(0, 10), "day")}, ${iso.slice(11, 16)} UTC`;

/**
 * A saved briefing as a document: header with dates and handling line, the map as it was
 * with legend, scale and north arrow, the filters in words, the notes, the event table and
 * numbered footnotes quoting each source sentence. Everything comes from the frozen snapshot.
 */
export function BriefingDocument({ briefing, handling }: { briefing: BriefingForDocument; handling: string | null }) {
  const { snapshot } = briefing;
  const scale = scaleBar(snapshot.view.lat, snapshot.view.zoom, Math.min(160, snapshot.imageSize.width / 4));
  let footnote = 0;
  const rows = snapshot.events.map((event) => ({ event, notes: event.evidence.map((quote) => ({ number: ++footnote, quote })) }));
  return (
    <article className="briefing" data-testid="briefing-document">
      <header className="briefing-header">
        {handling && (
          <p className="handling" data-testid="handling">
            {handling}
          </p>
        )}
        <p className="kicker">Geobrief briefing no. {briefing.id}</p>
        <h1 data-testid="briefing-title">{briefing.title}</h1>
        <dl className="briefing-meta">
          <div>
            <dt>Created</dt>
            <dd data-testid="briefing-created">
              {stamp(briefing.createdAt)} by {briefing.createdBy}
            </dd>
          </div>
          <div>
            <dt>Data as of</dt>
            <dd>{stamp(briefing.dataAsOf)}</dd>
          </div>
          <div>
            <dt>Events</dt>
            <dd>{snapshot.events.length}</dd>
          </div>
        </dl>
      </header>

      <figure className="briefing-map">
        <div className="map-frame">
          {/* eslint-disable-next-line @next/next/no-img-element -- a frozen PNG from this app, shown at its own size */}
          <img
            src={`/api/briefings/${briefing.id}/map.png`}
            alt={`Map of the briefing's view: ${snapshot.events.length} events, ${snapshot.regions.length} regions`}
            data-testid="briefing-map"
          />
          <svg className="north-arrow" viewBox="0 0 24 36" aria-label="North" style={{ transform: `rotate(${-snapshot.view.bearing}deg)` }}>
            <path d="M12 2 L20 26 L12 20 L4 26 Z" fill="#1f1e1c" />
            <text x="12" y="35" textAnchor="middle" fontSize="9" fontFamily="sans-serif">
              N
            </text>
          </svg>
          <div className="scale" aria-label={`Scale: ${scale.km} km`}>
            <span className="scale-bar" style={{ width: `${(scale.pixels / snapshot.imageSize.width) * 100}%` }} />
            <span>{scale.km} km</span>
          </div>
        </div>
        <figcaption className="briefing-legend">
          <div>
            <h3>Regions</h3>
            <ul>
              {snapshot.regions.map((region) => (
                <li key={region.id}>
                  <StatusSwatch status={region.status} colour={region.colour} />
                  {region.name}{" "}
                  <span className="muted" data-testid="briefing-region-status">
                    ({REGION_STATUS_LABELS[region.status]}: {STATUS_LOOKS[region.status]}
                    {region.controllingActor ? `; held by ${region.controllingActor}` : ""})
                  </span>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3>Events</h3>
            <ul>
              {QUAD_CLASSES.map((quad) => (
                <li key={quad}>
                  <MarkerSample quad={quad} hollow={false} /> {QUAD_CLASS_LABELS[quad]}
                </li>
              ))}
              <li>
                <MarkerSample quad="verbal-cooperation" hollow /> Date or place approximate
              </li>
              <li>
                <MarkerSample quad="material-conflict" hollow={false} dataset /> Dataset event (ACLED)
              </li>
            </ul>
          </div>
          <div>
            <h3>Actors (marker colour: initiator)</h3>
            <ul>
              {snapshot.actors.map((actor) => (
                <li key={actor.id}>
                  <span className="swatch" style={{ background: actor.colour }} aria-hidden /> {actor.name}
                </li>
              ))}
            </ul>
          </div>
        </figcaption>
      </figure>

      <section>
        <h2>Filters</h2>
        <ul className="filters" data-testid="briefing-filters">
          {snapshot.filtersInWords.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      {briefing.notes && (
        <section>
          <h2>Analyst notes</h2>
          <p className="notes">{briefing.notes}</p>
        </section>
      )}

      <section>
        <h2>Events</h2>
        {rows.length ? (
          <table className="event-table" data-testid="briefing-events">
            <thead>
              <tr>
                <th>Date</th>
                <th>Type</th>
                <th>Place</th>
                <th>Actors</th>
                <th>Killed</th>
                <th>Source</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ event, notes }) => (
                <tr key={event.id} className={snapshot.selectedEventIds.includes(event.id) ? "selected" : undefined}>
                  <td>{formatEventDate(event.dateValue, event.datePrecision as DatePrecision)}</td>
                  <td>
                    {event.type}
                    <div className="muted">
                      {event.quadLabel}
                      {event.status === "draft" ? " · draft" : ""}
                    </div>
                  </td>
                  <td>
                    {event.place}
                    {event.geoPrecision > 1 && (
                      <div className="muted">{event.geoPrecision === 3 ? "region or country level" : "approximate"}</div>
                    )}
                  </td>
                  <td>{event.actors.map((actor) => `${actor.name} (${actor.role})`).join("; ")}</td>
                  <td>{event.fatalities ?? "—"}</td>
                  <td>
                    {notes.map(({ number }) => (
                      <sup key={number}>[{number}]</sup>
                    ))}
                    {event.dataset && (
                      <div className="muted">
                        ACLED {event.dataset.eventIdCnty}
                        {event.dataset.source && `, from ${event.dataset.source}`}
                      </div>
                    )}
                    {event.incident && (
                      <div className="muted" data-testid="briefing-incident">
                        {event.incident.reports} reports · {event.incident.independentSources} independent source
                        {event.incident.independentSources === 1 ? "" : "s"}: {event.incident.outlets.join("; ")}. Credibility{" "}
                        {event.incident.credibility}, {CREDIBILITY_LABELS[event.incident.credibility]}
                        {event.incident.contested.length ? `; reports differ on ${event.incident.contested.join(", ")}` : ""}.
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">No events matched this briefing&rsquo;s filters.</p>
        )}
      </section>

      {snapshot.comparison && (
        <section data-testid="briefing-comparison">
          <h2>
            Front lines: {snapshot.comparison.from} → {snapshot.comparison.to}
          </h2>
          <p className="muted">
            The ground each region gained (green, solid edge on the map) and lost (red, dashed edge) between the versions valid on each
            date.
          </p>
          {snapshot.comparison.rows.length ? (
            <table className="event-table">
              <thead>
                <tr>
                  <th>Region</th>
                  <th>Net</th>
                  <th>Gained</th>
                  <th>Lost</th>
                </tr>
              </thead>
              <tbody>
                {snapshot.comparison.rows.map((row) => (
                  <tr key={row.region}>
                    <td>{row.name}</td>
                    <td>{formatNetKm2(row.netKm2)}</td>
                    <td>{row.gainedKm2.toLocaleString("en")} km²</td>
                    <td>{row.lostKm2.toLocaleString("en")} km²</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="muted">No region changed between the two dates.</p>
          )}
        </section>
      )}

      <section>
        <h2>Regions: basis</h2>
        {snapshot.regions.map((region) => (
          <div key={region.id} className="region-basis">
            <h3>
              {region.name}{" "}
              <span className="muted">
                — {REGION_STATUS_LABELS[region.status]}
                {region.validFrom ? `, from ${region.validFrom}` : ""}
              </span>
            </h3>
            <p>{region.basis}</p>
            <p className="muted">Sources: {region.sources.join("; ")}</p>
          </div>
        ))}
      </section>

      <section className="footnotes">
        <h2>Sources</h2>
        <ol data-testid="briefing-footnotes">
          {rows
            .flatMap(({ notes }) => notes)
            .map(({ number, quote }) => (
              <li key={number} value={number}>
                <q>{quote.quote}</q> — {quote.outlet}, <cite>{quote.title}</cite>,{" "}
                {quote.published ? formatEventDate(quote.published, "day") : "undated"}
                {quote.url && <span className="url">. {quote.url}</span>}
              </li>
            ))}
        </ol>
      </section>
      <footer className="briefing-footer">
        Geobrief · briefing no. {briefing.id} · frozen at {stamp(briefing.createdAt)} · map data: Natural Earth, OCHA COD-AB, GeoNames
        {handling && <> · {handling}</>}
      </footer>
    </article>
  );
}
