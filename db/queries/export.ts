import { and, asc, eq, gt, lte, max, sql } from "drizzle-orm";
import type { GeobriefDb } from "../client";
import type { EventFilters } from "@/lib/event-filters";
import type { ExportEvent } from "@/lib/export-events";
import { acledRecords, actors, articles, eventActors, events, evidence, incidents, outlets, places } from "../schema";
import type { ActorRole, DatePrecision } from "@/lib/vocabulary";
import { eventConditions } from "./events";

/**
 * How many ids one step of an export reads. Each step is one query over an id range, so no
 * step takes long however sparse the filters (a range is read by the primary key), and the
 * server answers other requests between steps.
 */
const ID_WINDOW = 20_000;

/**
 * Every event the filters show (one per incident, or with `perReport` every report of each), by id, in batches: one query per id window with the place,
 * the first evidence quote and its article (or the ACLED row of a dataset event), and the actors in order. Nothing holds the whole
 * export: the caller writes each batch out as it comes.
 */
export function* eventsForExport(
  db: GeobriefDb,
  filters: EventFilters,
  options: { idWindow?: number; perReport?: boolean } = {},
): Generator<ExportEvent[]> {
  const { idWindow = ID_WINDOW, perReport = false } = options;
  const newest =
    db
      .select({ id: max(events.id) })
      .from(events)
      .get()?.id ?? 0;
  const conditions = eventConditions(db, filters, { withFolded: perReport });
  const firstEvidence = sql`(select min(${evidence.id}) from ${evidence} where ${evidence.eventId} = ${events.id})`;
  const actorList = sql<string>`(select json_group_array(json_array(${actors.name}, ${eventActors.role}) order by ${eventActors.position})
    from ${eventActors} join ${actors} on ${actors.id} = ${eventActors.actorId} where ${eventActors.eventId} = ${events.id})`;
  // The outlets of every (not rejected) report of its incident, or of the event alone, each with its grade.
  const outletList = sql<
    string | null
  >`(select group_concat(named, '; ') from (select distinct ${outlets.name} || ' (' || ${outlets.grade} || ')' as named
    from ${events} as report join ${evidence} on ${evidence.eventId} = report.id join ${articles} on ${articles.id} = ${evidence.articleId}
    join ${outlets} on ${outlets.id} = ${articles.outletId}
    where (report.id = ${events.id} or report.incident_id = ${events.incidentId}) and report.status != 'rejected' order by named))`;
  for (let after = 0; after < newest; after += idWindow) {
    const rows = db
      .select({
        id: events.id,
        type: events.type,
        dateValue: events.dateValue,
        datePrecision: events.datePrecision,
        dateStart: events.dateStart,
        lat: events.lat,
        lon: events.lon,
        geoPrecision: events.geoPrecision,
        status: events.status,
        notes: events.notes,
        fatalities: events.fatalities,
        sourceKind: events.sourceKind,
        changedAt: sql<string>`coalesce(${events.reviewedAt}, ${events.createdAt})`,
        acled: acledRecords,
        place: places.name,
        countryCode: places.countryCode,
        admin1: places.admin1,
        quote: evidence.quote,
        outlet: articles.outlet,
        url: articles.url,
        actors: actorList,
        incidentId: events.incidentId,
        incidentReports: sql<number>`coalesce(${incidents.reports}, 1)`,
        independentSources: events.sources,
        outlets: outletList,
        credibility: incidents.credibility,
      })
      .from(events)
      .leftJoin(places, eq(places.id, events.placeId))
      .leftJoin(evidence, eq(evidence.id, firstEvidence))
      .leftJoin(articles, eq(articles.id, evidence.articleId))
      .leftJoin(acledRecords, eq(acledRecords.eventId, events.id))
      .leftJoin(incidents, eq(incidents.id, events.incidentId))
      .where(and(gt(events.id, after), lte(events.id, after + idWindow), conditions))
      .orderBy(asc(events.id))
      .all();
    if (!rows.length) continue;
    yield rows.map((row) => ({
      ...row,
      datePrecision: row.datePrecision as DatePrecision,
      place: row.place ?? "",
      countryCode: row.countryCode ?? "",
      outlets: row.outlets ?? "",
      actors: (JSON.parse(row.actors) as [string, ActorRole][]).map(([name, role]) => ({ name, role })),
    }));
  }
}
