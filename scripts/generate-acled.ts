/**
 * `npm run generate:acled -- OUT.csv [--rows 10000] [--seed 1]`: writes a reproducible
 * ACLED-style CSV for import tests and timing: real gazetteer towns of Syria and its
 * neighbours, registry actors (and a few unknown ones), PLOVER types, dates 2017–2025 with
 * mixed precision. Quotes are labelled as generated: they are test data, not reporting.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import actorRegistry from "@/db/seed/actors.json" with { type: "json" };
import { csvRows } from "@/lib/export-events";
import { PLOVER_TYPES } from "@/lib/vocabulary";
import { loadGazetteer } from "@/ingest/gazetteer";
import { seededRandom } from "@/lib/seeded-random";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { rows: { type: "string", default: "10000" }, seed: { type: "string", default: "1" } } });
const [out] = positionals;
if (!out) {
  console.error("usage: npm run generate:acled -- OUT.csv [--rows 10000] [--seed 1]");
  process.exit(2);
}

const next = seededRandom(Number(values.seed));
const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];

const towns = loadGazetteer().entries.filter((entry) => entry.precision === "city" && ["SY", "TR", "IQ", "LB", "JO", "IL"].includes(entry.countryCode));
const names = [...(actorRegistry as { name: string }[]).map((actor) => actor.name), "Unidentified Armed Group", "Local tribal militia"];
const header = "event_id_cnty,event_date,time_precision,event_type,actor1,actor2,location,latitude,longitude,geo_precision,source,notes,plover_type,evidence_quote";
const rows = Array.from({ length: Number(values.rows) }, (_, index) => {
  const town = pick(towns);
  const type = pick(PLOVER_TYPES);
  const year = 2017 + Math.floor(next() * 9);
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  const precision = next() < 0.8 ? 1 : 3;
  const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const [actor1, actor2] = [pick(names), next() < 0.7 ? pick(names) : ""];
  const quote = `[Generated test row ${index + 1}] ${actor1} ${type.toLowerCase()} near ${town.name}.`;
  return [`GEN${index + 1}`, date, precision, type === "ASSAULT" ? "Battles" : "Strategic developments", actor1, actor2, town.name, town.lat, town.lon, 1, "Geobrief generator", "", type, quote];
});
writeFileSync(out, `${header}\r\n${csvRows(rows)}`);
console.log(`wrote ${out}: ${rows.length} rows (seed ${values.seed})`);
