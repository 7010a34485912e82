import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { getRegionDetail } from "@/db/queries/regions";
import { respondWith } from "../../respond";
import { dayParam } from "../../request";

/**
 * GET /api/regions/:id[?at=YYYY-MM-DD] → the version valid on `at` (default: the current
 * one) with basis, sources, status and validity, every version's history, and the
 * sentences that mention the region.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const at = dayParam(request, "at");
  if (typeof at === "object") return at;
  return respondWith(() => getRegionDetail(getDb(), id, at));
}
