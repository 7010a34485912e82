/**
 * `npm run -s incidents -- --json` prints the stored incidents (an event on its own is an incident of
 * one report) in the format of ../shared/eval/FORMAT.md, section "Incidents", for score-incidents.mjs.
 * Without --json, one line per incident of two or more reports. Exits 2 on a usage error.
 */
import { parseArgs } from "node:util";
import { DEFAULT_DB_PATH } from "@/db/client";
import { listIncidentsForScoring } from "@/db/queries/incidents";
import { openPreparedDatabase } from "@/server/start-up";

let json = false;
try {
  json = !!parseArgs({ options: { json: { type: "boolean" } } }).values.json;
} catch (error) {
  console.error(`${(error as Error).message}\nusage: npm run -s incidents -- [--json]`);
  process.exit(2);
}
const db = openPreparedDatabase(process.env.GEOBRIEF_DB || DEFAULT_DB_PATH);
const incidents = listIncidentsForScoring(db);
if (json) {
  console.log(JSON.stringify({ incidents }));
} else {
  const grouped = incidents.filter((incident) => incident.reports.length > 1);
  for (const incident of grouped)
    console.log(
      `${incident.id}: ${incident.reports.length} reports — ${incident.reports.map((report) => report.url ?? report.title).join(" · ")}`,
    );
  console.log(`${incidents.length} incidents, ${grouped.length} with more than one report`);
}
