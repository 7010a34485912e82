import { Dashboard } from "@/components/dashboard/dashboard";
import { SessionProvider } from "@/components/dashboard/session";
import { getDb } from "@/db/client";
import { listActorsWithCounts } from "@/db/queries/actors";
import { listRecentArticles } from "@/db/queries/articles";
import { listRegions } from "@/db/queries/region-versions";
import { labelPoint } from "@/geo/label-point";

// Reads the database on every request.
export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(key, item);
  }
  const db = getDb();
  return (
    <SessionProvider>
      <Dashboard
        actors={listActorsWithCounts(db)}
        regions={listRegions(db).map((feature) => ({ feature, labelPoint: labelPoint(feature) }))}
        articles={listRecentArticles(db)}
        initialQuery={query.toString()}
        basemapStyleUrl={process.env.GEOBRIEF_BASEMAP_STYLE_URL || null}
      />
    </SessionProvider>
  );
}
