import Link from "next/link";
import { BriefingDocument } from "@/components/briefing/briefing-document";
import { loadBriefingOr404 } from "@/components/briefing/load-briefing";

export const dynamic = "force-dynamic";


/** A saved briefing, read-only, with a notice when the live data inside its filters has changed. */
export default async function BriefingPage({ params }: { params: Promise<{ id: string }> }) {
  const briefing = loadBriefingOr404((await params).id);
  const { added, edited, removed } = briefing.changes;
  const changed = added.length + edited.length + removed.length > 0;
  return (
    <main className="briefing-screen">
      <nav className="briefing-actions" aria-label="Briefing actions">
        <Link href="/briefings">← All briefings</Link>
        <Link href={`/?${briefing.query}`} data-testid="open-live-map">Open the live map at this view</Link>
        <Link href={`/briefings/${briefing.id}/print?paper=a4&orientation=portrait`}>Print view</Link>
        <span>
          PDF: <a href={`/api/briefings/${briefing.id}/pdf?paper=a4&orientation=portrait`}>A4</a> · <a href={`/api/briefings/${briefing.id}/pdf?paper=a4&orientation=landscape`}>A4 landscape</a> ·{" "}
          <a href={`/api/briefings/${briefing.id}/pdf?paper=letter&orientation=portrait`}>Letter</a> · <a href={`/api/briefings/${briefing.id}/pdf?paper=letter&orientation=landscape`}>Letter landscape</a>
        </span>
      </nav>
      {changed && (
        <p className="changed-notice" role="status" data-testid="changed-notice">
          The live data inside this briefing&rsquo;s filters has changed since it was saved: {added.length} event(s) added, {edited.length} edited, {removed.length} removed or hidden.
          This briefing still shows the data as it was.
        </p>
      )}
      <BriefingDocument briefing={briefing} handling={process.env.GEOBRIEF_HANDLING || null} />
    </main>
  );
}
