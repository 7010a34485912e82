/**
 * `npm run generate:acled -- OUT.csv [--rows 10000] [--seed 1]`: writes a reproducible CSV laid
 * out as ACLED's export writes it (lib/acled.ts: the 31 columns, a BOM, "09 March 2025" dates,
 * ACLED's actor naming, every sub-event type, time_precision 1–3, fatalities, multi-line notes)
 * for import tests and timing. Real gazetteer towns of Syria (and a tenth of its neighbours'); the notes say
 * they are generated: test data, not reporting. Streams its rows, so a million fit in memory.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { ACLED_COUNTRIES, ACLED_EXPORT_COLUMNS, ACLED_SUB_EVENT_TYPES } from "@/lib/acled";
import { csvRows } from "@/lib/export-events";
import { loadGazetteer } from "@/ingest/gazetteer";
import { seededRandom } from "@/lib/seeded-random";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { rows: { type: "string", default: "10000" }, seed: { type: "string", default: "1" } },
});
const [out] = positionals;
if (!out || !(Number(values.rows) > 0)) {
  console.error("usage: npm run generate:acled -- OUT.csv [--rows 10000] [--seed 1]");
  process.exit(2);
}

const next = seededRandom(Number(values.seed));
const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];

// ACLED's Syria file: Syrian places, with a tenth across the borders.
const places = loadGazetteer().entries.filter((entry) => entry.precision === "city" && entry.countryCode in ACLED_COUNTRIES);
const syrian = places.filter((entry) => entry.countryCode === "SY");
/** Names as ACLED writes them (codebook, "Actors"), with their inter codes; a few the registry lacks. */
const ACTORS: [string, number][] = [
  ["Military Forces of Syria (2024-)", 1],
  ["Military Forces of Syria (2000-2024)", 1],
  ["Military Forces of Israel (2022-)", 8],
  ["Military Forces of Turkey (2016-)", 8],
  ["SDF: Syrian Democratic Forces", 2],
  ["HTS: Hayat Tahrir al Sham", 2],
  ["Islamic State (Syria)", 2],
  ["Hezbollah", 8],
  ["SNA: Syrian National Army", 2],
  ["Druze Militia (Syria)", 4],
  ["Police Forces of Syria (2024-) General Security", 1],
  ["Unidentified Armed Group (Syria)", 3],
  ["Local tribal militia", 4],
];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const file = createWriteStream(out);
file.write(`\uFEFF${csvRows([[...ACLED_EXPORT_COLUMNS]])}`);
const total = Number(values.rows);
for (let index = 0; index < total; index += 1) {
  const town = next() < 0.9 ? pick(syrian) : pick(places);
  const country = ACLED_COUNTRIES[town.countryCode];
  const kind = pick(ACLED_SUB_EVENT_TYPES);
  const year = 2017 + Math.floor(next() * 9);
  const month = Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  const precision = next() < 0.8 ? 1 : next() < 0.5 ? 2 : 3;
  const [actor1, inter1] = pick(ACTORS);
  const [actor2, inter2] = next() < 0.3 ? ["Civilians (Syria)", 7] : next() < 0.6 ? pick(ACTORS) : ["", 0];
  const note = `[Generated test row ${index + 1}] ${kind.subEventType}: ${actor1}${actor2 ? ` and ${actor2}` : ""} near ${town.name}.${next() < 0.1 ? "\nA second line." : ""}`;
  const row = [
    `${country.alpha3}${100000 + index}`,
    `${String(day).padStart(2, "0")} ${MONTHS[month]} ${year}`,
    year,
    precision,
    kind.eventType === "Protests"
      ? "Demonstrations"
      : kind.eventType === "Strategic developments"
        ? "Strategic developments"
        : "Political violence",
    kind.eventType,
    kind.subEventType,
    actor1,
    "",
    inter1,
    actor2,
    "",
    actor2 ? inter2 : "",
    actor2 ? `${Math.min(inter1, inter2)}${Math.max(inter1, inter2)}` : `${inter1}0`,
    actor2.startsWith("Civilians") ? "Civilian targeting" : "",
    country.iso,
    "Middle East",
    country.country,
    town.admin1 ?? "",
    "",
    "",
    town.name,
    town.lat,
    town.lon,
    1 + Math.floor(next() * 3),
    "Geobrief generator",
    "Other",
    note,
    Math.floor(next() * 4) * Math.floor(next() * 3),
    "",
    1_700_000_000 + index,
  ];
  if (!file.write(csvRows([row]))) await once(file, "drain");
}
file.end();
await once(file, "finish");
console.log(`wrote ${out}: ${total} rows (seed ${values.seed})`);
