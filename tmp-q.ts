import { openDatabase } from "@/db/client";
import { findEventView } from "@/db/queries/event-view";
import { NO_FILTERS } from "@/db/event-filters";
let t0 = performance.now();
const db = openDatabase(process.argv[2]);
console.log("open", (performance.now() - t0).toFixed(0));
const views: [string, [number, number, number, number], number][] = [["theatre", [30, 29, 48, 41], 5.4], ["aleppo", [36.6, 35.8, 37.6, 36.5], 8], ["city", [37.1, 36.17, 37.2, 36.23], 11]];
const filtersets = { none: NO_FILTERS, actor: { ...NO_FILTERS, actors: ["TUR"] }, year: { ...NO_FILTERS, from: "2021-01-01", to: "2021-12-31" }, both: { ...NO_FILTERS, actors: ["TUR", "SDF"], types: ["ASSAULT" as const], from: "2021-01-01", to: "2021-12-31" }, region: { ...NO_FILTERS, region: "sdf-northeast" as const } };
for (const [name, bbox, zoom] of views) for (const [fname, f] of Object.entries(filtersets)) {
  const ts: number[] = []; let r;
  for (let i = 0; i < 5; i++) { t0 = performance.now(); r = findEventView(db, f, bbox, zoom); ts.push(performance.now() - t0); }
  ts.sort((a, b) => a - b);
  console.log(name, fname, "median", ts[2].toFixed(1), "total", r!.total, "clusters", r!.clusters.features.length, "events", r!.events.features.length, "bytes", JSON.stringify(r).length);
}
