/**
 * One happening, two outlets, in Chromium: the reports draw one marker with a "2" badge, its panel
 * lists both sentences side by side, and splitting one out draws two markers. Articles written for this test.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launchChromium } from "./chromium";
import { startTestServer } from "../server/test-server";

const server = startTestServer();

/** Khan Arnabah (GeoNames), the town both reports name. */
const KHAN_ARNABAH: [number, number] = [35.8916, 33.1838];
const REPORTS = [
  {
    outlet: "Levant Ledger",
    sentence: "Israeli forces shelled the town of Khan Arnabah in the Quneitra countryside on Wednesday, residents said.",
  },
  { outlet: "Golan Courier", sentence: "Residents said Israeli artillery shelled Khan Arnabah, in Quneitra province, on Wednesday." },
];

describe.skipIf(!chromiumAvailable)("incidents in Chromium", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    for (const [index, { outlet, sentence }] of REPORTS.entries()) {
      const stored = await fetch(`${server.baseUrl}/api/articles`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-geobrief-user": "browser analyst" },
        body: JSON.stringify({
          title: `Shelling report ${index + 1}`,
          outlet,
          url: `https://outlet-${index}.example.org/shelling`,
          published: "2025-09-05",
          body: sentence,
        }),
      });
      expect(stored.status).toBe(201);
    }
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1500, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function waitForMap(): Promise<void> {
    await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 30_000 });
    await page.waitForFunction(() => window.geobriefMap !== undefined && !window.geobriefMap.isMoving() && window.geobriefMap.loaded());
  }
  /** The report-count badges drawn near Khan Arnabah, as their text. */
  const badges = () =>
    page.evaluate(() =>
      window.geobriefMap!.queryRenderedFeatures({ layers: ["events-reports"] }).map((feature) => String(feature.properties.reports)),
    );
  const markersNearby = () =>
    page.evaluate(() =>
      window.geobriefMap!.queryRenderedFeatures({ layers: ["events-markers"] }).map((feature) => feature.properties.id as number),
    );

  it("draws one marker with a report count, lists both reports in its panel, and splits one out into a marker of its own", async () => {
    await page.goto(`${server.baseUrl}/?view=10.00/${KHAN_ARNABAH[1]}/${KHAN_ARNABAH[0]}`);
    await waitForMap();
    await expect.poll(markersNearby).toHaveLength(1);
    expect(await badges()).toEqual(["2"]);

    const point = await page.evaluate(([lon, lat]) => {
      const map = window.geobriefMap!;
      const projected = map.project([lon, lat]);
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + projected.x, y: box.top + projected.y };
    }, KHAN_ARNABAH);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.textContent('[data-testid="incident-summary"]')).toBe("2 reports · 2 independent sources");
    expect(await page.locator('[data-testid="report-quote"]').allTextContents()).toEqual(REPORTS.map((report) => report.sentence));

    await page.locator('[data-testid="split-report"]').nth(1).click();
    await expect
      .poll(() => page.textContent('[data-testid="incident-summary"]'))
      .toBe("1 report: no other stored report tells of this happening.");
    await waitForMap();
    await expect.poll(markersNearby).toHaveLength(2);
    expect(await badges()).toEqual([]);
  });
});
