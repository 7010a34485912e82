import { and, asc, desc, eq, gt, isNull, max } from "drizzle-orm";
import type { Area, ParsedRegions, RegionFeature, RegionKind, RegionStatus, SourceCitation } from "@/geo/types";
import { WRITE, type GeobriefDb } from "../client";
import { ConflictError, InvalidEditError, NotFoundError } from "../errors";
import { sha256 } from "../text-hash";
import { repairedArea, topologyError } from "@/geo/geometry-check";
import { regionChanges } from "@/geo/region-changes";
import { recomputeMapFacts } from "./map-facts";
import { regionRow, toFeature } from "./region-versions";
import { actors, articles, regionMentions, regions, type NewRegion, type Region } from "../schema";

/** A region as it stood on `at` (or stands now), its history of versions, and the sentences that speak of it. */
export function getRegionDetail(db: GeobriefDb, id: string, at?: string) {
  const row = regionRow(db, id, at);
  const { properties } = toFeature(row);
  const holder = properties.controllingActor
    ? db.select({ name: actors.name, colour: actors.colour }).from(actors).where(eq(actors.id, properties.controllingActor)).get()
    : undefined;
  const mentions = db
    .select({
      articleId: regionMentions.articleId,
      start: regionMentions.start,
      end: regionMentions.end,
      quote: regionMentions.quote,
      title: articles.title,
      outlet: articles.outlet,
      published: articles.published,
    })
    .from(regionMentions)
    .innerJoin(articles, eq(articles.id, regionMentions.articleId))
    .where(eq(regionMentions.regionId, id))
    .orderBy(asc(articles.published), asc(regionMentions.start))
    .all();
  const history = db
    .select({
      version: regions.version,
      name: regions.name,
      status: regions.status,
      controllingActorId: regions.controllingActorId,
      validFrom: regions.validFrom,
      validTo: regions.validTo,
      basis: regions.basis,
      sources: regions.sources,
      recordedBy: regions.recordedBy,
      gainedKm2: regions.gainedKm2,
      lostKm2: regions.lostKm2,
    })
    .from(regions)
    .where(eq(regions.id, id))
    .orderBy(desc(regions.version))
    .all();
  return {
    ...properties,
    version: row.version,
    controllingActorName: holder?.name ?? null,
    mentions,
    history: history.map(({ gainedKm2, lostKm2, ...version }) => ({
      ...version,
      change: gainedKm2 === null || lostKm2 === null ? null : { gainedKm2, lostKm2 },
    })),
  };
}

/** A region version's row, from a region feature (geo/types.ts), with its version number and mask bit. */
export function newRegionVersion(
  { properties, geometry }: Pick<RegionFeature, "properties" | "geometry">,
  version: number,
  bit: number,
): NewRegion {
  return {
    id: properties.id,
    version,
    bit,
    name: properties.name,
    kind: properties.kind,
    controllingActorId: properties.controllingActor,
    status: properties.status,
    validFrom: properties.validFrom,
    validTo: properties.validTo,
    basis: properties.basis,
    sources: properties.sources,
    geometry,
  };
}

/** The km² a version gains and loses against the one before it: turf differences, too slow for a request. */
function changeAgainst(before: Region | undefined, after: Pick<Region, "id" | "name" | "geometry">): Pick<Region, "gainedKm2" | "lostKm2"> {
  if (!before) return { gainedKm2: null, lostKm2: null };
  const asFeature = (region: Pick<Region, "id" | "name" | "geometry">): RegionFeature =>
    ({ type: "Feature", geometry: region.geometry, properties: { id: region.id, name: region.name } }) as RegionFeature;
  const parts = regionChanges([asFeature(before)], [asFeature(after)]).features.map((part) => part.properties);
  const total = (change: "gained" | "lost") =>
    Math.round(parts.filter((part) => part.change === change).reduce((sum, part) => sum + part.areaKm2, 0) * 10) / 10;
  return { gainedKm2: total("gained"), lostKm2: total("lost") };
}

/**
 * Measures the versions stored before their changes were kept (migration 0020): each against the
 * version before it. Run at start-up; a database measured once has nothing left to do.
 */
export function measureStoredChanges(db: GeobriefDb): number {
  const unmeasured = db
    .select()
    .from(regions)
    .where(and(gt(regions.version, 1), isNull(regions.gainedKm2)))
    .all();
  if (!unmeasured.length) return 0;
  db.transaction((tx) => {
    for (const row of unmeasured) {
      const before = tx
        .select()
        .from(regions)
        .where(and(eq(regions.id, row.id), eq(regions.version, row.version - 1)))
        .get();
      tx.update(regions)
        .set(changeAgainst(before, row))
        .where(and(eq(regions.id, row.id), eq(regions.version, row.version)))
        .run();
    }
  }, WRITE);
  return unmeasured.length;
}

/** A new region's bit in events.region_mask: the next unused one (JavaScript numbers hold bits 0–52 exactly). */
function nextRegionBit(db: Pick<GeobriefDb, "select">): number {
  const highest = db
    .select({ bit: max(regions.bit) })
    .from(regions)
    .get()?.bit;
  const bit = highest === null || highest === undefined ? 0 : highest + 1;
  if (bit > 52) throw new InvalidEditError("no more than 53 regions can be mapped");
  return bit;
}

export interface RegionImportReport {
  /** Region id and the version number each imported feature became. */
  added: { id: string; version: number; validFrom: string }[];
  ringsRewound: number;
}

/**
 * Adds imported versions, oldest first per region, in one transaction: a version that starts
 * after the current one closes it (its validTo becomes the new validFrom) and becomes current,
 * unless it has an end of its own. Events' region bits are then recomputed for the new shapes.
 */
export function addRegionVersions(db: GeobriefDb, parsed: ParsedRegions, recordedBy: string): RegionImportReport {
  const report: RegionImportReport = { added: [], ringsRewound: parsed.ringsRewound };
  const ordered = [...parsed.regions].sort((a, b) => a.properties.validFrom.localeCompare(b.properties.validFrom));
  db.transaction((tx) => {
    for (const { properties, geometry } of ordered) {
      if (
        properties.controllingActor &&
        !tx.select({ id: actors.id }).from(actors).where(eq(actors.id, properties.controllingActor)).get()
      ) {
        throw new InvalidEditError(`region ${properties.id}: unknown controlling actor ${properties.controllingActor}`);
      }
      const latest = tx.select().from(regions).where(eq(regions.id, properties.id)).orderBy(desc(regions.version)).get();
      if (latest && (latest.validFrom ?? "") >= properties.validFrom) {
        throw new InvalidEditError(
          `region ${properties.id}: a version from ${properties.validFrom} must start after the latest one (from ${latest.validFrom ?? "the start"})`,
        );
      }
      if (latest && latest.validTo === null && !properties.validTo) {
        tx.update(regions)
          .set({ validTo: properties.validFrom })
          .where(and(eq(regions.id, latest.id), eq(regions.version, latest.version)))
          .run();
      }
      const version = (latest?.version ?? 0) + 1;
      tx.insert(regions)
        .values({
          ...newRegionVersion({ properties, geometry }, version, latest?.bit ?? nextRegionBit(tx)),
          ...changeAgainst(latest, { id: properties.id, name: properties.name, geometry }),
          recordedBy,
        })
        .run();
      report.added.push({ id: properties.id, version, validFrom: properties.validFrom });
    }
  }, WRITE);
  recomputeMapFacts(db);
  return report;
}

export type RegionDetail = ReturnType<typeof getRegionDetail>;

/** A version drawn in the dashboard, its geometry checked (ingest/region-drawing.ts reads the request). */
export interface RegionDrawing {
  regionId: string;
  /** The version the analyst started from; null for a new region (which has no version yet). */
  baseVersion: number | null;
  /** Only for a new region: what it is. A new version keeps its region's name, kind and holder. */
  region: { name: string; kind: RegionKind; controllingActor: string | null } | null;
  geometry: Area;
  validFrom: string;
  status: RegionStatus;
  basis: string;
  citations: SourceCitation[];
  /** Sentences of stored articles picked as sources: each becomes a citation and a mention of the region. */
  sentences: { articleId: number; start: number; end: number }[];
}

/**
 * Stores a drawn version (or a new region's first) in one transaction that takes the write lock
 * first, so of two analysts who started from one version only the first saves: the second gets a
 * ConflictError naming what changed. The version it replaces closes on the new `validFrom`.
 */
export function saveRegionDrawing(db: GeobriefDb, drawing: RegionDrawing, recordedBy: string): { id: string; version: number } {
  const saved = db.transaction((tx) => {
    const latest = tx.select().from(regions).where(eq(regions.id, drawing.regionId)).orderBy(desc(regions.version)).get();
    if (drawing.baseVersion === null && latest) throw new ConflictError(`a region with id ${drawing.regionId} exists already`);
    if (drawing.baseVersion !== null) {
      if (!latest) throw new NotFoundError(`no region with id ${drawing.regionId}`);
      if (latest.version !== drawing.baseVersion)
        throw new ConflictError(
          `version ${drawing.baseVersion} of ${drawing.regionId} is no longer current: version ${latest.version} was saved since${latest.recordedBy ? ` by ${latest.recordedBy}` : ""}; reload it and draw again`,
        );
      // The same day is allowed: a line corrected on the day it was drawn replaces it (held for no day).
      if (latest.validFrom && drawing.validFrom < latest.validFrom)
        throw new InvalidEditError(`validFrom cannot come before the current version's (${latest.validFrom})`);
    }
    const holder = drawing.region?.controllingActor;
    if (holder && !tx.select({ id: actors.id }).from(actors).where(eq(actors.id, holder)).get())
      throw new InvalidEditError(`unknown holder ${holder}: not an actor of the registry`);

    const citations = [...drawing.citations];
    for (const { articleId, start, end } of drawing.sentences) {
      const article = tx
        .select({ body: articles.body, title: articles.title, outlet: articles.outlet, url: articles.url })
        .from(articles)
        .where(eq(articles.id, articleId))
        .get();
      if (!article) throw new InvalidEditError(`source: no stored article ${articleId}`);
      if (end > article.body.length)
        throw new InvalidEditError(`source: article ${articleId} has ${article.body.length} characters, not ${end}`);
      const quote = article.body.slice(start, end);
      tx.insert(regionMentions)
        .values({ regionId: drawing.regionId, articleId, start, end, quote, quoteSha256: sha256(quote) })
        .onConflictDoNothing()
        .run();
      if (!citations.some((citation) => citation.title === article.title && citation.publisher === article.outlet))
        citations.push({ title: article.title, publisher: article.outlet, ...(article.url ? { url: article.url } : {}) });
    }

    if (latest && (latest.validTo === null || latest.validTo > drawing.validFrom))
      tx.update(regions)
        .set({ validTo: drawing.validFrom })
        .where(and(eq(regions.id, latest.id), eq(regions.version, latest.version)))
        .run();
    const version = (latest?.version ?? 0) + 1;
    tx.insert(regions)
      .values({
        id: drawing.regionId,
        version,
        bit: latest?.bit ?? nextRegionBit(tx),
        name: latest?.name ?? drawing.region!.name,
        kind: latest?.kind ?? drawing.region!.kind,
        controllingActorId: latest ? latest.controllingActorId : (holder ?? null),
        status: drawing.status,
        validFrom: drawing.validFrom,
        validTo: null,
        basis: drawing.basis,
        sources: citations,
        geometry: drawing.geometry,
        ...changeAgainst(latest, { id: drawing.regionId, name: latest?.name ?? drawing.region!.name, geometry: drawing.geometry }),
        recordedBy,
      })
      .run();
    return { id: drawing.regionId, version };
  }, WRITE);
  recomputeMapFacts(db);
  return saved;
}

/**
 * Repairs the stored versions GIS tools would refuse (a database seeded before geo/compose-regions.ts
 * repaired its output): each is re-noded as the composed regions are, a change of metres, and events'
 * region bits follow. Returns the versions repaired ("sdf-northeast v1"). Run at start-up.
 */
export function repairStoredRegions(db: GeobriefDb): string[] {
  const broken = db
    .select()
    .from(regions)
    .all()
    .filter((row) => topologyError(row.geometry) !== null);
  if (!broken.length) return [];
  db.transaction((tx) => {
    for (const row of broken)
      tx.update(regions)
        .set({ geometry: repairedArea(row.geometry) })
        .where(and(eq(regions.id, row.id), eq(regions.version, row.version)))
        .run();
  }, WRITE);
  recomputeMapFacts(db);
  return broken.map((row) => `${row.id} v${row.version}`);
}
