/** Which version of each region holds when: read by the map facts and by the region queries alike. */
import { and, asc, desc, eq, gt, isNull, lte, or } from "drizzle-orm";
import type { RegionFeature, RegionId } from "@/geo/types";
import type { GeobriefDb } from "../client";
import { NotFoundError } from "../errors";
import { regions, type Region } from "../schema";

/**
 * The version of each region valid on `at` (YYYY-MM-DD; validFrom inclusive, validTo
 * exclusive, either open), or without `at` the current one: the one with no end of validity.
 */
function regionsValid(db: GeobriefDb, options: { id?: string; at?: string } = {}): Region[] {
  const { id, at } = options;
  const when = at
    ? and(or(isNull(regions.validFrom), lte(regions.validFrom, at)), or(isNull(regions.validTo), gt(regions.validTo, at)))
    : isNull(regions.validTo);
  return db
    .select()
    .from(regions)
    .where(and(when, id ? eq(regions.id, id) : undefined))
    .orderBy(asc(regions.id), desc(regions.version))
    .all()
    .filter((region, index, all) => index === 0 || all[index - 1].id !== region.id);
}

export function toFeature(region: Region): RegionFeature {
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

/** Each region as it stood on `at` (YYYY-MM-DD), or as it stands now. */
export function listRegions(db: GeobriefDb, at?: string): RegionFeature[] {
  return regionsValid(db, { at }).map(toFeature);
}

export function regionRow(db: GeobriefDb, id: string, at?: string): Region {
  const [region] = regionsValid(db, { id, at });
  if (!region) throw new NotFoundError(at ? `no version of region ${id} holds on ${at}` : `no region with id ${id}`);
  return region;
}

export function getRegion(db: GeobriefDb, id: string): RegionFeature {
  return toFeature(regionRow(db, id));
}
