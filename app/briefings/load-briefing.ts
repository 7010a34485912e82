import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { NotFoundError } from "@/db/errors";
import { getBriefing } from "@/db/queries/briefings";

/** The briefing for a page's [id] segment, or the 404 page. Server only. */
export function loadBriefingOr404(rawId: string) {
  if (!/^\d{1,15}$/.test(rawId)) notFound();
  try {
    return getBriefing(getDb(), Number(rawId));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
