import Link from "next/link";
import { getDb } from "@/db/client";
import { listBriefings } from "@/db/queries/briefings";

export const dynamic = "force-dynamic";
export const metadata = { title: "Briefings · Geobrief" };

export default function BriefingsPage() {
  const briefings = listBriefings(getDb());
  return (
    <main className="briefing-list">
      <p>
        <Link href="/">← Back to the map</Link>
      </p>
      <h1>Briefings</h1>
      {briefings.length ? (
        <ul data-testid="briefing-list">
          {briefings.map((briefing) => (
            <li key={briefing.id}>
              <Link href={`/briefings/${briefing.id}`}>{briefing.title}</Link>
              <div className="muted">
                {briefing.createdAt.slice(0, 16).replace("T", " ")} UTC by {briefing.createdBy} · {briefing.eventCount} event(s) ·{" "}
                {briefing.filters.join("; ")}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted" data-testid="briefing-list-empty">
          No briefing saved yet. On the map, choose what to show, then “Save briefing”.
        </p>
      )}
    </main>
  );
}
