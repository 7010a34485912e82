import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { getRegionDetail } from "@/db/queries/regions";
import { respondWith } from "../../respond";

/** GET /api/regions/:id → basis, sources, status, validity and the sentences that mention it. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return respondWith(() => getRegionDetail(getDb(), id));
}
