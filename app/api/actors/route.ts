import { getDb } from "@/db/client";
import { listActorsWithCounts } from "@/db/queries/actors";
import { respondWith } from "../respond";

export const dynamic = "force-dynamic";

/** GET /api/actors → every actor with its colour and event count. */
export function GET() {
  return respondWith(() => listActorsWithCounts(getDb()));
}
