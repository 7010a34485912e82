/**
 * Exchange from the browser: the export links download exactly the filtered view, and the
 * Import dialog takes a CSV of events (with progress and a report) and a GeoJSON region
 * version, both visible on the map and in the panels afterwards.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_SQUARE_CLOCKWISE, testRegionProperties } from "../fixtures/regions";
import { startTestServer } from "../server/test-server";
import { chromiumAvailable, launchChromium } from "./chromium";

const server = startTestServer();

/** Two rows written for this test; places and coordinates from the gazetteer (GeoNames Aleppo, Manbij). */
const CSV = [
  "event_id_cnty,event_date,time_precision,event_type,actor1,actor2,location,latitude,longitude,geo_precision,source,notes,plover_type,evidence_quote",
  "TEST1,2025-09-01,1,Battles,Syrian Democratic Forces,Syrian National Army,Manbij,36.5281,37.9549,1,Geobrief tests,,ASSAULT,[Test row 1] Fighting near Manbij.",
  "TEST2,2025-09-02,1,Strategic developments,Türkiye,Syria,Aleppo,36.2012,37.1612,1,Geobrief tests,,CONSULT,[Test row 2] Talks in Aleppo.",
  "TEST3,not a date,1,Battles,Türkiye,,Aleppo,36.2012,37.1612,1,Geobrief tests,,ASSAULT,[Test row 3] Bad date.",
].join("\r\n");

describe.skipIf(!chromiumAvailable)("export and import in the browser", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1500, height: 900 }, acceptDownloads: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(query: string): Promise<void> {
    await page.goto(`${server.baseUrl}/?${query}`);
    await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 30_000 });
  }
  async function download(testId: string): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent("download"), page.click(`[data-testid="${testId}"]`)]);
    return readFileSync((await file.path())!, "utf8");
  }

  it("downloads the filtered view as CSV and GeoJSON", async () => {
    await open("view=5.40/35.4000/38.6000&actor=SDF");
    const csv = download("export-view-csv");
    const lines = (await csv).trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("Syrian Democratic Forces");
    const geojson = JSON.parse(await download("export-view-geojson"));
    expect(geojson.features).toHaveLength(1);
  });

  it("exports only what the map shows from 'this view', and every match from 'everywhere'", async () => {
    // Damascus at zoom 9: the seed's Ankara and northern-Syria events are outside the view.
    await open("view=9.00/33.5100/36.2900");
    const inView = JSON.parse(await download("export-view-geojson")) as { features: { geometry: { coordinates: [number, number] } }[] };
    const everywhere = JSON.parse(await download("export-all-geojson")) as { features: unknown[] };
    expect(inView.features.length).toBeGreaterThan(0);
    expect(everywhere.features.length).toBeGreaterThan(inView.features.length);
    for (const { geometry } of inView.features) {
      expect(Math.abs(geometry.coordinates[0] - 36.29)).toBeLessThan(1.5);
      expect(Math.abs(geometry.coordinates[1] - 33.51)).toBeLessThan(1);
    }
  });

  it("imports a CSV with progress and a report of what was skipped, and the events reach the map", async () => {
    await open("view=5.40/35.4000/38.6000");
    const before = Number(await page.textContent('[data-testid="event-count"]'));
    await page.click('[data-testid="open-import"]');
    await page.setInputFiles('[data-testid="import-file"]', { name: "test-events.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
    await page.click('[data-testid="import-submit"]');
    const report = await page.waitForSelector('[data-testid="import-report"]', { timeout: 60_000 });
    expect(await report.textContent()).toContain("Imported 2 of 3 rows");
    expect(await report.textContent()).toContain("Line 4:");
    // Progress is the share of the file read: all of it, at the end.
    expect(await page.getAttribute('[data-testid="import-progress"]', "value")).toBe(String(Buffer.byteLength(CSV)));
    await page.click('[data-testid="import-form"] button.link');
    expect(await page.textContent('[data-testid="message"]')).toContain("Imported 2 of 3 rows");
    // The notice takes room from the map; dismissed, the view is the one counted before.
    await page.click('[data-testid="message"] button');
    await expect.poll(async () => Number(await page.textContent('[data-testid="event-count"]'))).toBe(before + 2);
  });

  it("imports ACLED's export, maps an unknown name from the report, and shows a dataset event's ACLED source", async () => {
    await open("view=6.50/34.5000/37.5000");
    await page.click('[data-testid="open-import"]');
    const codebook = readFileSync(path.join(process.cwd(), "tests", "fixtures", "acled-codebook.csv"));
    await page.setInputFiles('[data-testid="import-file"]', { name: "acled-syria.csv", mimeType: "text/csv", buffer: codebook });
    await page.click('[data-testid="import-submit"]');
    const report = await page.waitForSelector('[data-testid="import-report"]', { timeout: 60_000 });
    expect(await report.textContent()).toContain("Imported 25 of 25 rows");
    expect(await report.textContent()).toContain("Columns not read: data_source_note");
    await page.selectOption('[aria-label="Registry actor for Rebel Coalition of Southern Syria"]', "HTS");
    await page.click('[data-testid="map-imported-names"] button');
    await page.waitForSelector('[data-testid="map-imported-names"] >> text=→ HTS');
    await page.click('[data-testid="import-form"] button.link');

    const [strike] = (await (await fetch(`${server.baseUrl}/api/events?source=dataset&killed=1&actor=ISR`)).json()).features;
    await open(`view=6.50/34.5000/37.5000&source=dataset&event=${strike.id}`);
    const panel = await page.waitForSelector('[data-testid="dataset-source"]');
    expect(await panel.textContent()).toContain("ACLED coder's note");
    expect(await page.textContent('[data-testid="coder-note"]')).toMatch(/^\[Codebook test row \d+\]/);
    expect(await page.textContent('[data-testid="event-fatalities"]')).toMatch(/^\d+ reported$/);
    expect(await page.$('[data-testid="evidence-quote"]')).toBeNull();
    expect(await page.inputValue('[data-testid="filter-source"]')).toBe("dataset");
    expect(await page.textContent('[data-testid="legend-dataset"]')).toContain("Dataset event");
  });

  it("imports a region version from GeoJSON; the panel lists its history, a bad file changes nothing", async () => {
    await open("view=5.40/35.4000/38.6000");
    await page.click('[data-testid="open-import"]');
    const bowTie = {
      type: "Polygon",
      coordinates: [
        [
          [40, 36],
          [41, 37],
          [41, 36],
          [40, 37],
          [40, 36],
        ],
      ],
    };
    await page.setInputFiles('[data-testid="import-file"]', {
      name: "bad.geojson",
      mimeType: "application/geo+json",
      buffer: Buffer.from(JSON.stringify({ type: "Feature", properties: testRegionProperties, geometry: bowTie })),
    });
    await page.click('[data-testid="import-submit"]');
    expect(await (await page.waitForSelector('[data-testid="import-error"]')).textContent()).toContain("crosses itself");
    const square = {
      type: "Feature",
      properties: testRegionProperties,
      geometry: { type: "Polygon", coordinates: [TEST_SQUARE_CLOCKWISE] },
    };
    await page.setInputFiles('[data-testid="import-file"]', {
      name: "square.geojson",
      mimeType: "application/geo+json",
      buffer: Buffer.from(JSON.stringify(square)),
    });
    await page.click('[data-testid="import-submit"]');
    expect(await (await page.waitForSelector('[data-testid="import-report"]')).textContent()).toContain(
      "sdf-northeast version 2 from 2026-01-01",
    );
    await page.click('[data-testid="import-form"] button.link');

    // Up to 2025 the map and the panel show the first version; today, the imported one. Both are listed.
    const regionLabels = () =>
      page.evaluate(() => window.geobriefMap!.querySourceFeatures("regions").map((feature) => String(feature.properties.label)));
    await open("view=5.40/35.4000/38.6000&to=2025-12-31&region-panel=sdf-northeast");
    await expect.poll(() => page.textContent('[data-testid="region-validity"]')).toContain("version 1, as on 2025-12-31");
    expect(await regionLabels()).not.toContain("Test area (tests only)");
    expect(await page.locator('[data-testid="region-history"] li').count()).toBe(2);
    // The square lies inside version 1: version 2 gained nothing and lost the rest, tens of thousands of km².
    expect(await page.textContent('[data-testid="region-change"]')).toMatch(/^Since version 1: 0 km² gained, [\d,]{5,}(\.\d)? km² lost$/);
    await open("view=5.40/35.4000/38.6000&region-panel=sdf-northeast");
    await expect.poll(() => page.textContent('[data-testid="region-validity"]')).toContain("version 2");
    await expect.poll(regionLabels).toContain("Test area (tests only)");
  });
});
