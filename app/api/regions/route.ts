import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { listRegions } from "@/db/queries/region-versions";
import { labelPoint } from "@/geo/label-point";
import { parseNewRegion } from "@/ingest/region-drawing";
import { guardWrite } from "../access";
import { respondWith } from "../respond";
import { dayParam, readJsonBody, reviewerOf } from "../request";
import { MAX_DRAWING_BYTES, saveDrawing } from "./save-drawing";

// Reads the database on every request; never prerendered at build time.
export const dynamic = "force-dynamic";

/**
 * GET /api/regions[?at=YYYY-MM-DD] → every region as it stood on `at` (default: now), as a
 * GeoJSON FeatureCollection; `labelPoints` (a foreign member) says where each name is written.
 */
export function GET(request: NextRequest) {
  const at = dayParam(request, "at");
  if (typeof at === "object") return at;
  return respondWith(() => {
    const features = listRegions(getDb(), at);
    return {
      type: "FeatureCollection",
      features,
      labelPoints: Object.fromEntries(features.map((feature) => [feature.properties.id, labelPoint(feature)])),
    };
  });
}

/**
 * POST /api/regions {id, name, kind, controllingActor, geometry, validFrom, status, basis, sources}
 * → 201 {id, version: 1}: a new region (any actor's area, a zone, a watch area) and its first version.
 */
export async function POST(request: NextRequest) {
  const refused = guardWrite(request);
  if (refused) return refused;
  const json = await readJsonBody(request, MAX_DRAWING_BYTES);
  if (!json.ok) return json.response;
  return saveDrawing(parseNewRegion(json.value), reviewerOf(request));
}
