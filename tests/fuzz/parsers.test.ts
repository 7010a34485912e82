/**
 * Every parser that reads outside input, fed random and hostile input: it must never throw,
 * and must answer either a clear error or a valid result. Fixed seed, bounded runs.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { parseBriefingInput } from "@/lib/briefing-input";
import { parseEventFilters } from "@/lib/event-filters";
import { parseDashboardState } from "@/components/dashboard/url-state";
import { decodeArticleBytes, validateArticleInput } from "@/ingest/article-input";
import { extractArticle } from "@/ingest/extract-article";
import { ImportError, importAcledCsv } from "@/ingest/import-acled";
import { parseArticleFile } from "@/ingest/parse-article-file";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openPreparedDatabase } from "@/server/start-up";
import { parseEventEdit, parseNewEvent } from "@/ingest/review-input";
import { parseRegionGeoJson } from "@/ingest/region-geojson";
import { booleanClockwise } from "@turf/turf";

const settings = { seed: 20251017, numRuns: 300 };
/** Words an object literal answers for though no one put them there: a table keyed by text must be a Map. */
const PROTOTYPE_WORDS = Object.getOwnPropertyNames(Object.prototype);
/** Text with the characters that break naive code: NUL, bidi controls, quotes, markup, astral, prototype words. */
const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "\u202eevil\u202c",
    "\u0000",
    "javascript:alert(1)",
    "𝕋ürkiye",
    "title: x\n\nbody",
    "\r\n\r\n",
    ...PROTOTYPE_WORDS,
  ),
  fc
    .array(fc.constantFrom("Damascus", " ", "\n", "on Friday", "’s", "al-", "Ras al-Ain", "<b>", "2025-13-45", ",", ...PROTOTYPE_WORDS), {
      maxLength: 60,
    })
    .map((parts) => parts.join("")),
);
const query = fc
  .array(
    fc.tuple(
      fc.constantFrom("actor", "exclude", "type", "from", "to", "bbox", "region", "event", "view", "article", "region-panel", "x"),
      fc.oneof(hostileText, fc.constantFrom("TUR", "2025-10-17", "35,32,37,34", "AGREE", "5/35/38")),
    ),
    { maxLength: 8 },
  )
  .map((pairs) => new URLSearchParams(pairs).toString());

describe("parsers under random and hostile input", () => {
  it("parseArticleFile always returns a body that the file ends with", () => {
    fc.assert(
      fc.property(hostileText, (text) => text.endsWith(parseArticleFile(text).body)),
      settings,
    );
  });

  it("validateArticleInput and decodeArticleBytes answer an error or a valid article", () => {
    fc.assert(
      fc.property(
        fc.record({
          title: fc.option(hostileText),
          outlet: fc.option(hostileText),
          url: fc.option(hostileText),
          published: fc.option(hostileText),
          body: hostileText,
        }),
        (raw) => {
          const result = validateArticleInput(raw);
          if (!result.ok) return result.error.length > 0;
          return (
            result.article.body.trim().length > 0 &&
            !/\u0000/.test(result.article.body) &&
            (result.article.url === null || /^https?:\/\//i.test(result.article.url))
          );
        },
      ),
      settings,
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => typeof decodeArticleBytes(bytes).ok === "boolean"),
      settings,
    );
  });

  it("the filter and dashboard-state parsers answer an error or filters they can write back", () => {
    fc.assert(
      fc.property(query, (text) => {
        const parsed = parseEventFilters(new URLSearchParams(text));
        const state = parseDashboardState(text);
        return (parsed.ok || parsed.error.startsWith("invalid parameter")) && Array.isArray(state.problems);
      }),
      settings,
    );
  });

  it("review, new-event and briefing inputs answer an error or a value", () => {
    const anything = fc.anything({ maxDepth: 3 });
    fc.assert(
      fc.property(anything, (raw) => {
        for (const parse of [parseEventEdit, parseNewEvent, parseBriefingInput]) {
          const result = parse(raw);
          if (!result.ok && !result.error) return false;
        }
        return true;
      }),
      settings,
    );
  });

  it("the ACLED CSV importer answers a report or an ImportError, never anything else", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "geobrief-fuzz-"));
    const db = openPreparedDatabase(path.join(dir, "fuzz.db"));
    const header = "event_date,latitude,longitude,actor1,event_type,plover_type,evidence_quote,time_precision,date";
    const cell = fc.oneof(
      hostileText,
      fc.constantFrom("2025-03-10", "10 March 2025", "33.5", "-999", "NaN", "TUR", "Battles", "ASSAULT", "3", "2024", '"', "'=1+1"),
    );
    const file = fc.oneof(
      hostileText,
      fc
        .array(
          fc.array(cell, { maxLength: 10 }).map((cells) => cells.map((value) => `"${value.replace(/"/g, '""')}"`).join(",")),
          { maxLength: 6 },
        )
        .map((rows) => [header, ...rows].join("\n")),
    );
    try {
      await fc.assert(
        fc.asyncProperty(file, async (text) => {
          try {
            const report = await importAcledCsv(db, text, { reviewer: "fuzz" });
            return report.imported + report.updated + report.unchanged + report.skipped.length === report.rows;
          } catch (error) {
            return error instanceof ImportError && !db.$client.inTransaction;
          }
        }),
        { ...settings, numRuns: 200 },
      );
    } finally {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the extractor never throws and keeps every span inside the body", () => {
    fc.assert(
      fc.property(hostileText, fc.option(fc.constantFrom("2025-10-17", "1999-02-28")), (body, published) => {
        const result = extractArticle(body, { published: published ?? undefined });
        return [...result.places, ...result.actors, ...result.dates, ...result.regions].every(
          (span) => body.slice(span.start, span.end) === span.text,
        );
      }),
      { ...settings, numRuns: 150 },
    );
  });

  it("the region GeoJSON importer answers errors or rings that are closed, in range, wound per RFC 7946", () => {
    const coordinate = fc.oneof(fc.double({ min: -200, max: 200 }), fc.constantFrom(Number.NaN, 36, 40, 41));
    const ring = fc.oneof(
      fc.array(fc.tuple(coordinate, coordinate), { maxLength: 8 }),
      // Closed rings around a point: valid or self-crossing depending on the order drawn.
      fc
        .array(fc.tuple(fc.double({ min: 35, max: 42, noNaN: true }), fc.double({ min: 32, max: 37, noNaN: true })), {
          minLength: 3,
          maxLength: 7,
        })
        .map((points) => [...points, points[0]]),
    );
    const geometry = fc.oneof(
      ring.map((outer) => ({ type: "Polygon", coordinates: [outer] })),
      fc.array(fc.array(ring, { maxLength: 2 }), { maxLength: 2 }).map((polygons) => ({ type: "MultiPolygon", coordinates: polygons })),
      fc.constantFrom(null, { type: "Point", coordinates: [1, 2] }, { type: "Polygon" }, { type: "Polygon", coordinates: "x" }),
    );
    const valid = {
      id: "sdf-northeast",
      name: "Fuzz area",
      kind: "buffer",
      status: "approximate",
      validFrom: "2026-01",
      basis: "fuzz",
      sources: [{ title: "t", publisher: "p" }],
    };
    // Half the features carry valid properties, so geometry alone decides and accepted files get checked.
    const properties = fc.oneof(
      fc.constant(valid),
      fc.record({
        id: fc.constantFrom("sdf-northeast", "nowhere", ""),
        name: hostileText,
        kind: fc.constantFrom("control-area", "buffer", "x"),
        status: fc.constantFrom("approximate", "assessed", "?"),
        validFrom: fc.constantFrom("2026-01-01", "2026", "yesterday", undefined),
        basis: hostileText,
        sources: fc.constantFrom([{ title: "t", publisher: "p" }], [], "none"),
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ type: fc.constant("Feature"), properties, geometry }), { maxLength: 3 }), (features) => {
        const result = parseRegionGeoJson(JSON.stringify({ type: "FeatureCollection", features }));
        if (!result.ok) return result.errors.length > 0 && result.errors.every((error) => typeof error === "string" && error.length > 0);
        return result.value.regions.every(({ geometry: area }) => {
          const polygons = area.type === "Polygon" ? [area.coordinates] : area.coordinates;
          return polygons.every((rings) =>
            rings.every((ring, index) => {
              const [first, last] = [ring[0], ring[ring.length - 1]];
              const inRange = ring.every(([lon, lat]) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90);
              return first[0] === last[0] && first[1] === last[1] && inRange && booleanClockwise(ring as [number, number][]) === index > 0;
            }),
          );
        });
      }),
      { ...settings, numRuns: 300 },
    );
  });
});
