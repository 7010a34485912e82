import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { listRegions } from "@/db/queries/region-versions";
import { labelPoint } from "@/geo/label-point";
import { respondWith } from "../respond";
import { dayParam } from "../request";

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
