import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { listRegions } from "@/db/queries/region-versions";
import { regionChanges, summariseChanges } from "@/geo/region-changes";
import { errorResponse, respondWith } from "../../respond";
import { dayParam } from "../../request";

// Reads the database on every request; never prerendered at build time.
export const dynamic = "force-dynamic";

/**
 * GET /api/regions/changes?from=YYYY-MM-DD&to=YYYY-MM-DD → a GeoJSON FeatureCollection of the ground
 * each region gained and lost between the versions valid on the two dates, each part with `region`,
 * `name`, `change` ("gained" or "lost") and `areaKm2`; `summary` (a foreign member) totals them per region,
 * with the net change. 400 when a date is missing or `from` is not before `to`.
 */
export function GET(request: NextRequest) {
  const from = dayParam(request, "from");
  if (typeof from === "object") return from;
  const to = dayParam(request, "to");
  if (typeof to === "object") return to;
  if (!from || !to) return errorResponse(400, 'parameters "from" and "to" are both needed, as YYYY-MM-DD');
  if (from >= to) return errorResponse(400, `"from" (${from}) must be before "to" (${to})`);
  return respondWith(() => {
    const changes = regionChanges(listRegions(getDb(), from), listRegions(getDb(), to));
    return { ...changes, summary: summariseChanges(changes) };
  });
}
