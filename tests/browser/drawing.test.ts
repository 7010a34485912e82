/**
 * Drawing front lines in the browser: a region drawn with the mouse and saved with a source is on
 * the map and in its panel; redrawn with an added part and a sentence of an article as source, it
 * is version 2, with the ground it gained; saved from a version someone replaced meanwhile, it is
 * refused and nothing changes. The squares are drawn for this test (no claim about any real line).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer } from "../server/test-server";
import { chromiumAvailable, launchChromium } from "./chromium";

const server = startTestServer();

/** Corners [lon, lat] of the test shapes: open ground east of Mardin, clear of the legend and the form. */
const FIRST_PART: [number, number][] = [
  [40.6, 37.0],
  [41.0, 37.0],
  [41.0, 37.4],
  [40.6, 37.4],
];
const SECOND_PART: [number, number][] = [
  [40.9, 37.1],
  [41.3, 37.1],
  [41.3, 37.3],
  [40.9, 37.3],
];

describe.skipIf(!chromiumAvailable)("drawing regions in the browser", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Clicks each corner on the map, then the first again to close the part. */
  async function drawPart(corners: [number, number][]): Promise<void> {
    const canvas = (await page.locator('[data-testid="map"] canvas').boundingBox())!;
    const points = await page.evaluate((lonLats) => lonLats.map((lonLat) => window.geobriefMap!.project(lonLat)), corners);
    for (const { x, y } of [...points, points[0]]) {
      await page.mouse.move(canvas.x + x, canvas.y + y);
      await page.mouse.click(canvas.x + x, canvas.y + y);
      await page.waitForTimeout(100);
    }
  }
  const text = (testId: string) => page.locator(`[data-testid="${testId}"]`).innerText();
  const regionIdsOnMap = (layer = "regions-fill") =>
    page.evaluate((id) => window.geobriefMap!.queryRenderedFeatures({ layers: [id] }).map((feature) => feature.properties.id), layer);

  it("draws a new region with the mouse and saves it with a source: it is on the map and in its panel", async () => {
    await page.goto(`${server.baseUrl}/?view=7.00/36.8000/40.5000`);
    await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 30_000 });
    await page.click('[data-testid="open-draw-region"]');
    await drawPart(FIRST_PART);
    await expect.poll(() => text("draw-measure")).toMatch(/^1 part · [\d,.]+ km²$/);

    await page.fill('[data-testid="draw-region-id"]', "test-drawn");
    await page.fill('[data-testid="draw-region-name"]', "Test drawn area");
    await page.selectOption('[data-testid="draw-status"]', "assessed-advance");
    await page.fill('[data-testid="draw-basis"]', "Four corners clicked by the browser suite.");
    await page.click('[data-testid="draw-submit"]');
    expect(await text("draw-error")).toBe("Give a source: a citation, or a sentence selected in an article.");
    await page.fill('[data-testid="draw-source-title"]', "Geobrief test note");
    await page.fill('[data-testid="draw-source-url"]', "https://example.org/test-note");
    await page.click('[data-testid="draw-submit"]');

    await expect.poll(() => text("message")).toContain("Saved version 1 of test-drawn.");
    expect(await text("region-validity")).toContain("(version 1)");
    expect(await text("region-status")).toBe("ASSESSED ADVANCE");
    await expect.poll(() => regionIdsOnMap()).toContain("test-drawn");
    // An assessed advance is hatched over its fill, so it reads in black-and-white print too.
    await expect.poll(() => regionIdsOnMap("regions-pattern")).toContain("test-drawn");
    expect(await page.locator('[data-testid="legend-status"]').allInnerTexts()).toContain("Region assessed advance (hatched)");
  });

  it("redraws it with an added part and an article's sentence as source: version 2, with the ground gained", async () => {
    await page.click('[data-testid="redraw-region"]');
    expect(await text("draw-panel")).toContain("From version 1, the one on the map.");
    // The region is left to the drawing while it is redrawn.
    await expect.poll(() => regionIdsOnMap()).not.toContain("test-drawn");
    await page.click('[data-testid="draw-tool-add"]');
    await drawPart(SECOND_PART);
    await expect.poll(() => text("draw-measure")).toMatch(/^2 parts · /);

    // The side panel stays an article reader while drawing: select a sentence and cite it.
    await page.click('[data-testid="close-panel"]');
    await page.locator('[data-testid="panel-guide"] .article-list button').first().click();
    const body = page.locator('[data-testid="article-body"]');
    await body.waitFor();
    await body.evaluate((element) => {
      const range = document.createRange();
      range.setStart(element.firstChild!.firstChild!, 0);
      range.setEnd(element.firstChild!.firstChild!, 40);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      element.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
    });
    await page.click('[data-testid="cite-for-drawing"]');
    expect(await text("draw-cited")).toMatch(/^“.{40}” Remove$/);
    await page.fill('[data-testid="draw-basis"]', "The first square and a second, overlapping it to the east.");
    await page.click('[data-testid="draw-submit"]');

    await expect.poll(() => text("message")).toContain("Saved version 2 of test-drawn.");
    expect(await text("region-validity")).toContain("(version 2)");
    expect(await text("region-change")).toMatch(/^Since version 1: [\d,.]+ km² gained, 0 km² lost$/);
    expect(await page.locator('[data-testid="region-mention"]').count()).toBe(1);
    await expect.poll(() => regionIdsOnMap()).toContain("test-drawn");
  });

  it("refuses a drawing from a version another analyst replaced meanwhile, and keeps theirs", async () => {
    await page.click('[data-testid="redraw-region"]');
    const replaced = await fetch(`${server.baseUrl}/api/regions/test-drawn/versions`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-geobrief-user": "Analyst B" },
      body: JSON.stringify({
        baseVersion: 2,
        geometry: { type: "Polygon", coordinates: [[...FIRST_PART, FIRST_PART[0]]] },
        validFrom: new Date().toISOString().slice(0, 10),
        status: "contested",
        basis: "Saved through the API by the browser suite, while the page draws.",
        sources: [{ title: "Geobrief test note", publisher: "Geobrief" }],
      }),
    });
    expect(replaced.status).toBe(201);
    await page.fill('[data-testid="draw-basis"]', "Drawn from version 2.");
    await page.fill('[data-testid="draw-source-title"]', "Geobrief test note");
    await page.click('[data-testid="draw-submit"]');
    await expect
      .poll(() => text("draw-error"))
      .toBe("version 2 of test-drawn is no longer current: version 3 was saved since by Analyst B; reload it and draw again");
    const detail = await (await fetch(`${server.baseUrl}/api/regions/test-drawn`)).json();
    expect([detail.version, detail.status]).toEqual([3, "contested"]);
  });

  it("compares the front lines of two dates on the map, in the rail, after a reload, and in a saved briefing", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await page.goto(`${server.baseUrl}/?view=7.00/36.8000/40.5000`);
    await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 30_000 });
    await page.click('[data-testid="front-line-comparison"] summary');
    await page.fill('[data-testid="compare-from"]', yesterday);
    await page.fill('[data-testid="compare-to"]', today);
    await page.click('[data-testid="compare-submit"]');
    // Drawn today, the test region is all gained: version 3, the first square.
    const row = page.locator('[data-testid="comparison-row"]', { hasText: "Test drawn area" });
    await expect
      .poll(() => row.innerText())
      .toMatch(new RegExp(`^Test drawn area: \\+[\\d,.]+ km² between ${yesterday} and ${today}\\n[\\d,.]+ km² gained, 0 km² lost$`));
    const changedOnMap = () =>
      page.evaluate(() =>
        window.geobriefMap!.queryRenderedFeatures({ layers: ["region-changes-fill"] }).map((feature) => feature.properties.region),
      );
    await expect.poll(changedOnMap).toContain("test-drawn");

    await page.reload();
    await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 30_000 });
    await expect.poll(() => row.innerText()).toContain("Test drawn area: +");

    await page.click('[data-testid="open-save-briefing"]');
    await page.fill('[data-testid="briefing-title-input"]', "Front lines: test briefing");
    await page.click('[data-testid="save-briefing-submit"]');
    await page.waitForURL(/\/briefings\/\d+$/);
    const table = await page.locator('[data-testid="briefing-comparison"]').innerText();
    // (Headings print in capitals.)
    expect(table.toLowerCase()).toContain(`front lines: ${yesterday} → ${today}`);
    expect(table).toMatch(/Test drawn area\s+\+[\d,.]+ km²\s+[\d,.]+ km²\s+0 km²/);
  });

  it("names villages from zoom 9, so a line can be drawn along them, and only seats of districts and more below", async () => {
    const labelled = async (view: string) => {
      await page.goto(`${server.baseUrl}/?view=${view}`);
      await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 30_000 });
      return page.evaluate(() =>
        window.geobriefMap!.queryRenderedFeatures({ layers: ["communities-label"] }).map((feature) => feature.properties.rank),
      );
    };
    // Around Manbij (OCHA communities, public/basemap/communities.geojson).
    const villages = await labelled("10.00/36.5200/37.9500");
    expect(villages.filter((rank) => rank === 4).length).toBeGreaterThan(30);
    // Manbij is named once, by the town layer: OCHA's "Menbij" beside it is left out.
    const names = await page.evaluate(() =>
      window
        .geobriefMap!.queryRenderedFeatures({ layers: ["communities-label", "places-label"] })
        .map((feature) => feature.properties.name),
    );
    expect(names).toContain("Manbij");
    expect(names).not.toContain("Menbij");
    expect(new Set(await labelled("8.00/36.5200/37.9500"))).not.toContain(4);
  });
});
