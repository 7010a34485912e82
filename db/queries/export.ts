import type { GeobriefDb } from "../client";
import type { EventFilters } from "../event-filters";
import type { ExportEvent } from "../export-events";
import { findEvents, getEventDetail } from "./events";

/** Every event the filters show, with what the exchange formats carry. */
export function eventsForExport(db: GeobriefDb, filters: EventFilters): ExportEvent[] {
  return findEvents(db, filters).features.map(({ properties }) => {
    const event = getEventDetail(db, properties.id);
    const [evidence] = event.evidence;
    return {
      id: event.id,
      type: event.type,
      dateValue: event.dateValue,
      datePrecision: event.datePrecision,
      dateStart: event.dateStart,
      place: event.place?.name ?? "",
      countryCode: event.place?.countryCode ?? "",
      admin1: event.place?.admin1 ?? null,
      lat: event.lat,
      lon: event.lon,
      geoPrecision: event.geoPrecision,
      status: event.status,
      notes: event.notes,
      actors: event.actors.map((actor) => ({ name: actor.name, role: actor.role })),
      quote: evidence?.quote ?? null,
      outlet: evidence?.outlet ?? null,
      url: evidence?.url ?? null,
    };
  });
}
