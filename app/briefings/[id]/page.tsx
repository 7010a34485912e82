import Link from "next/link";
import { BriefingDocument } from "@/components/briefing/briefing-document";
import { loadBriefingOr404 } from "../load-briefing";
import { getDb } from "@/db/client";
import { briefingChanges, type BriefingChanges } from "@/db/queries/briefings";

export const dynamic = "force-dynamic";

/** A saved briefing, read-only, with a notice when the live data inside its filters has changed. */
export default async function BriefingPage({ params }: { params: Promise<{ id: string }> }) {
  const briefing = loadBriefingOr404((await params).id);
  const changes = briefingChanges(getDb(), briefing.id);
  return (
    <main className="briefing-screen">
      <nav className="briefing-actions" aria-label="Briefing actions">
        <Link href="/briefings">← All briefings</Link>
        <Link href={`/?${briefing.query}`} data-testid="open-live-map">
          Open the live map at this view
        </Link>
        <Link href={`/briefings/${briefing.id}/print?paper=a4&orientation=portrait`}>Print view</Link>
        <span>
          PDF: <a href={`/api/briefings/${briefing.id}/pdf?paper=a4&orientation=portrait`}>A4</a> ·{" "}
          <a href={`/api/briefings/${briefing.id}/pdf?paper=a4&orientation=landscape`}>A4 landscape</a> ·{" "}
          <a href={`/api/briefings/${briefing.id}/pdf?paper=letter&orientation=portrait`}>Letter</a> ·{" "}
          <a href={`/api/briefings/${briefing.id}/pdf?paper=letter&orientation=landscape`}>Letter landscape</a>
        </span>
      </nav>
      <ChangedNotice changes={changes} />
      <BriefingDocument briefing={briefing} handling={process.env.GEOBRIEF_HANDLING || null} />
    </main>
  );
}

/** Whether the live data inside the briefing's filters has moved on since it was saved. */
function ChangedNotice({ changes }: { changes: BriefingChanges }) {
  if (changes.compared && changes.added.length + changes.edited.length + changes.removed.length === 0) return null;
  return (
    <p className="changed-notice" role="status" data-testid="changed-notice">
      {changes.compared
        ? `The live data inside this briefing’s filters has changed since it was saved: ${changes.added.length} event(s) added, ${changes.edited.length} edited, ${changes.removed.length} removed or hidden.`
        : `More than ${changes.liveMoreThan.toLocaleString("en")} events now match this briefing’s filters, so the live data has grown well beyond it.`}{" "}
      This briefing still shows the data as it was.
    </p>
  );
}
