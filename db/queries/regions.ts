import { and, asc, eq, isNull } from "drizzle-orm";
import type { RegionFeature, RegionId } from "@/geo/types";
import type { GeobriefDb } from "../client";
import { NotFoundError } from "../errors";
import { actors, articles, regionMentions, regions, type Region } from "../schema";

/** The current version of each region: the one with no end of validity. */
function currentRegions(db: GeobriefDb, id?: string): Region[] {
  return db
    .select()
    .from(regions)
    .where(and(isNull(regions.validTo), id ? eq(regions.id, id) : undefined))
    .orderBy(asc(regions.id))
    .all();
}

function toFeature(region: Region): RegionFeature {
  return {
    type: "Feature",
    id: region.id,
    geometry: region.geometry,
    properties: {
      id: region.id as RegionId,
      name: region.name,
      kind: region.kind,
      controllingActor: region.controllingActorId,
      status: region.status,
      validFrom: region.validFrom,
      validTo: region.validTo,
      basis: region.basis,
      sources: region.sources,
    },
  };
}

export function listRegions(db: GeobriefDb): RegionFeature[] {
  return currentRegions(db).map(toFeature);
}

export function getRegion(db: GeobriefDb, id: string): RegionFeature {
  const [region] = currentRegions(db, id);
  if (!region) throw new NotFoundError(`no region with id ${id}`);
  return toFeature(region);
}

/** A region with the sentences of stored articles that speak of it. */
export function getRegionDetail(db: GeobriefDb, id: string) {
  const { properties } = getRegion(db, id);
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
  return { ...properties, controllingActorName: holder?.name ?? null, mentions };
}

export type RegionDetail = ReturnType<typeof getRegionDetail>;
