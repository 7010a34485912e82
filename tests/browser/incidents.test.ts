/**
 * One happening, two outlets, in Chromium: the reports draw one marker with a "2" badge, its panel
 * lists both sentences side by side, and splitting one out draws two markers; an outlet's report with no
 * publication day is dated by the other and says so. Articles written for this test.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launchChromium } from "./chromium";
import { startTestServer } from "../server/test-server";
import { formatEventDate } from "@/components/panels/format";

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

  /** Stores an article through the API, as the analyst's form does; the ids of its drafts. */
  async function ingest(article: Record<string, string | null>): Promise<number[]> {
    const stored = await fetch(`${server.baseUrl}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-geobrief-user": "browser analyst" },
      body: JSON.stringify(article),
    });
    expect(stored.status).toBe(201);
    return ((await stored.json()) as { eventIds: number[] }).eventIds;
  }

  beforeAll(async () => {
    for (const [index, { outlet, sentence }] of REPORTS.entries())
      await ingest({
        title: `Shelling report ${index + 1}`,
        outlet,
        url: `https://outlet-${index}.example.org/shelling`,
        published: "2025-09-05",
        body: sentence,
      });
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

  it("dates an undated outlet's report by the other report of its happening, and says so in its panel", async () => {
    // The latest Thursday before today: an article with no publication day reaches three years back from now.
    const daysBack = (new Date().getUTCDay() - 4 + 7) % 7 || 7;
    const thursday = new Date(Date.now() - daysBack * 86_400_000).toISOString().slice(0, 10);
    await ingest({
      title: "Incursion",
      outlet: "Levant Ledger",
      url: "https://outlet-0.example.org/incursion",
      published: thursday,
      body: "Israeli forces entered the village of Jubata al-Khashab on Thursday and searched several homes, residents said.",
    });
    const undatedSentence =
      "Israeli troops raided the village of Jubata al-Khashab on Thursday, detaining a young man, according to residents.";
    const [undated] = await ingest({
      title: "Raid",
      outlet: "Golan Courier",
      url: "https://outlet-1.example.org/raid",
      published: null,
      body: undatedSentence,
    });
    expect(undated).toBeGreaterThan(0);
    await page.goto(`${server.baseUrl}/?event=${undated}`);
    await waitForMap();
    await expect.poll(() => page.textContent('[data-testid="incident-summary"]')).toBe("2 reports · 2 independent sources");
    expect(await page.locator('[data-testid="report-quote"]').allTextContents()).toContain(undatedSentence);
    expect(await page.textContent('[data-testid="event-panel"]')).toContain(
      "Dated by another report of it: the article gives no publication day.",
    );
    await page.locator('[data-testid="extraction-reasons"] summary').click();
    expect(await page.textContent('[data-testid="extraction-reasons"]')).toContain(`"on Thursday" read as ${thursday}`);
    expect(await page.textContent('[data-testid="event-date"]')).toBe(formatEventDate(thursday, "day"));
  });

  it("shows in its article a happening that no report dates yet, waiting, and drafts nothing for it", async () => {
    const sentence = "A Jordanian military delegation made an official trip to Damascus on Tuesday for border talks.";
    const response = await fetch(`${server.baseUrl}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-geobrief-user": "browser analyst" },
      body: JSON.stringify({
        title: "Undated visit",
        outlet: "Amman Courier",
        url: "https://outlet-2.example.org/visit",
        published: null,
        body: sentence,
      }),
    });
    const stored = (await response.json()) as { articleId: number; eventIds: number[]; warnings: string[] };
    expect(stored.eventIds).toEqual([]);
    expect(stored.warnings.join(" ")).toContain("drafted when one does");
    await page.goto(`${server.baseUrl}/?article=${stored.articleId}`);
    await waitForMap();
    await expect
      .poll(() => page.locator('[data-testid="waiting-happening"]').allTextContents())
      .toEqual([`CONSULT · Damascus · “on Tuesday”: ${sentence}`]);
    expect(await page.locator('[data-testid="evidence-highlight"]').count()).toBe(0);
  });
});
