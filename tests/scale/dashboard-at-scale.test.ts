/**
 * The dashboard over a million events (SCALE_EVENTS to change): the map downloads only its
 * view, and stays responsive while the analyst pans, zooms, filters and brushes the
 * timeline. Long tasks are observed in the page and reported, not asserted on (timing on a
 * shared 2-core machine is noise); what is asserted is what a user would see.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launchChromium } from "../browser/chromium";
import { benchDatabase } from "@/scripts/bench-database";
import { startTestServer } from "../server/test-server";

const EVENTS = Number(process.env.SCALE_EVENTS || 1_000_000);
const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;

// Generating a million events takes about 2 minutes on a clean clone (then the file is reused).
const server = chromiumAvailable ? startTestServer({ prepareDb: () => benchDatabase(EVENTS, 1), timeoutMs: 900_000 }) : undefined;

declare global {
  interface Window {
    longTasks: { start: number; duration: number }[];
  }
}

describe.skipIf(!chromiumAvailable)(`the dashboard over ${EVENTS.toLocaleString("en")} events`, () => {
  let browser: Browser;
  let page: Page;
  const viewResponses: { url: string; bytes: number }[] = [];
  /** JavaScript the dashboard loads (first load JS), chunk by chunk. */
  const scripts: { bytes: number; maplibre: boolean }[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    await page.addInitScript(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.longTasks.push({ start: entry.startTime, duration: Math.round(entry.duration) });
      }).observe({ type: "longtask", buffered: true });
    });
    page.on("response", async (response) => {
      if (response.url().includes("/api/events/")) viewResponses.push({ url: response.url(), bytes: (await response.body()).byteLength });
      if (/\/_next\/static\/.*\.js$/.test(new URL(response.url()).pathname)) {
        const body = await response.body();
        scripts.push({ bytes: body.byteLength, maplibre: body.includes("maplibregl") });
      }
    });
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
  });

  const mapState = () =>
    page.evaluate(() => {
      const map = document.querySelector('[data-testid="map"]')!;
      return {
        events: Number(map.getAttribute("data-event-count")),
        clusters: Number(map.getAttribute("data-cluster-count")),
        zoom: window.geobriefMap!.getZoom(),
      };
    });
  /** When each step began (page clock), to tell in which step a long task fell. */
  const phases: { name: string; at: number }[] = [];
  const phase = async (name: string) => phases.push({ name, at: await page.evaluate(() => performance.now()) });
  async function settled(): Promise<void> {
    await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 60_000 });
    await page.waitForFunction(
      () => window.geobriefMap !== undefined && !window.geobriefMap.isMoving() && window.geobriefMap.loaded(),
      undefined,
      { timeout: 60_000 },
    );
  }

  it("pans, zooms, filters and brushes the timeline with bounded downloads, reporting long tasks", async () => {
    const started = performance.now();
    await page.goto(`${server!.baseUrl}/?view=5.40/35.4000/38.6000`);
    await settled();
    const theatre = await mapState();
    // A million events in view: counted clusters, never the events themselves.
    expect(theatre.clusters).toBeGreaterThan(20);
    expect(theatre.events).toBe(0);
    expect(Number((await page.textContent('[data-testid="event-count"]'))!.replace(/,/g, ""))).toBeGreaterThan(100_000);
    await page.waitForSelector('[data-testid="timeline-chart"]');
    const firstLoadMs = Math.round(performance.now() - started);

    await phase("pan");
    // Pan: drag the map half its width.
    const box = (await page.locator('[data-testid="map"]').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.45, { steps: 12 });
    await page.mouse.up();
    await settled();

    await phase("zoom by cluster clicks");
    // Zoom in by clicking clusters (the smallest on screen each time) until events are drawn one by one.
    await page.evaluate(() => window.geobriefMap!.jumpTo({ center: [37.16, 36.2], zoom: 8 }));
    await settled();
    for (let step = 0; step < 6 && (await mapState()).events === 0; step++) {
      const target = await page.evaluate(() => {
        const map = window.geobriefMap!;
        const [smallest] = map
          .queryRenderedFeatures({ layers: ["clusters-circles"] })
          .sort((a, b) => Number(a.properties.count) - Number(b.properties.count));
        const point = map.project((smallest.geometry as GeoJSON.Point).coordinates as [number, number]);
        const box = map.getContainer().getBoundingClientRect();
        return { x: box.left + point.x, y: box.top + point.y, zoom: map.getZoom() };
      });
      await page.mouse.click(target.x, target.y);
      await settled();
      expect((await mapState()).zoom).toBeGreaterThan(target.zoom);
    }
    const city = await mapState();
    expect(city.events).toBeGreaterThan(0);
    expect(city.events).toBeLessThanOrEqual(1500);

    await phase("toggle an actor");
    // Toggle a filter: Türkiye's events go, and every marker left involves someone else.
    await page.uncheck('[data-testid="actor-toggle-TUR"]');
    await settled();
    const actorsShown = await page.evaluate(() =>
      window.geobriefMap!.querySourceFeatures("events").map((feature) => String(feature.properties.actors)),
    );
    expect(actorsShown.length).toBeGreaterThan(0);
    expect(actorsShown.some((actors) => actors.includes("TUR"))).toBe(false);

    await phase("zoom out and brush the timeline");
    // Back out to the theatre, and brush a year on the timeline: the clusters recount.
    await page.evaluate(() => window.geobriefMap!.jumpTo({ center: [38.6, 35.4], zoom: 5.4 }));
    await settled();
    const before = Number((await page.textContent('[data-testid="event-count"]'))!.replace(/,/g, ""));
    const chart = (await page.locator('[data-testid="timeline-chart"]').boundingBox())!;
    await page.mouse.move(chart.x + chart.width * 0.5, chart.y + 10);
    await page.mouse.down();
    await page.mouse.move(chart.x + chart.width * 0.6, chart.y + 10, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.url(), { timeout: 30_000 }).toMatch(/from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}/);
    await settled();
    const after = Number((await page.textContent('[data-testid="event-count"]'))!.replace(/,/g, ""));
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before / 5);

    const largest = Math.max(...viewResponses.map((response) => response.bytes));
    expect(largest).toBeLessThan(MAX_RESPONSE_BYTES);
    const longTasks = await page.evaluate(() => window.longTasks);
    const phaseOf = (start: number) => phases.filter((candidate) => candidate.at <= start).at(-1)?.name ?? "first load";
    const over = longTasks.filter((task) => task.duration > 200).map((task) => `${task.duration} ms during ${phaseOf(task.start)}`);
    const kb = (bytes: number) => Math.round(bytes / 1024);
    const total = (list: { bytes: number }[]) => kb(list.reduce((sum, script) => sum + script.bytes, 0));
    const maplibre = scripts.filter((script) => script.maplibre);
    console.log(
      `first-load JavaScript: ${scripts.length} chunks, ${total(scripts)} KB uncompressed, of which MapLibre's ${maplibre.length} chunk(s) ${total(maplibre)} KB`,
    );
    console.log(
      `scale (${EVENTS} events): first load ${firstLoadMs} ms; ${viewResponses.length} event requests, largest ${Math.round(largest / 1024)} KB; ` +
        `${longTasks.length} long tasks, median ${longTasks.map((task) => task.duration).sort((a, b) => a - b)[Math.floor(longTasks.length / 2)] ?? 0} ms; over 200 ms: ${over.join("; ") || "none"}`,
    );
  }, 300_000);
});
