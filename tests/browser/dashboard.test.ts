import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chromiumAvailable, colourAt, launchChromium, type Rgb } from "./chromium";
import { startTestServer } from "../server/test-server";

const server = startTestServer();

/** Town coordinates (GeoNames) and points inside regions, for projecting to screen pixels. */
const DAMASCUS: [number, number] = [36.29128, 33.5102];
/** South of Al Hasakah, inside the SDF area and outside the 30 km border zone. */
const INSIDE_SDF_AREA: [number, number] = [40.6, 36.15];
const VIEW = "view=5.40/35.4000/38.6000";

/** TUR's colour, #D55E00: the CONSULT marker at Damascus is filled with it. */
const isVermillion = ({ r, g, b }: Rgb) => r > 170 && g < 140 && b < 80;
/** The SDF fill (#E69F00 at 18 %) warms the near-white land: red well above blue. */
const isSdfTinted = ({ r, b }: Rgb) => r - b > 25;

describe.skipIf(!chromiumAvailable)("the dashboard in Chromium", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let requestsElsewhere: string[];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1500, height: 900 } });
    page = await context.newPage();
    requestsElsewhere = [];
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(`${server.baseUrl}/`) && !url.startsWith("data:") && !url.startsWith("blob:")) requestsElsewhere.push(url);
    });
  });
  afterEach(async () => {
    // Offline at run time: no tile server, CDN, font or API outside the app, on any page.
    expect(requestsElsewhere).toEqual([]);
    await context.close();
  });

  async function open(query: string): Promise<void> {
    await page.goto(`${server.baseUrl}/?${query}`);
    await waitForMap();
  }
  async function waitForMap(): Promise<void> {
    await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 30_000 });
    await page.waitForFunction(() => window.geobriefMap !== undefined && !window.geobriefMap.isMoving() && window.geobriefMap.loaded());
  }
  /** Where a longitude/latitude is drawn, in viewport pixels. */
  async function screenPoint(lonLat: [number, number]): Promise<{ x: number; y: number }> {
    return page.evaluate(([lon, lat]) => {
      const map = window.geobriefMap!;
      const point = map.project([lon, lat]);
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    }, lonLat);
  }
  async function colourOf(lonLat: [number, number]): Promise<Rgb> {
    const { x, y } = await screenPoint(lonLat);
    return colourAt(page, x, y);
  }
  const eventCount = async () => Number(await page.getAttribute('[data-testid="map"]', "data-event-count"));

  it("draws region fills and event markers into the map's pixels", async () => {
    await open(VIEW);
    expect(await eventCount()).toBe(6);
    expect(isVermillion(await colourOf(DAMASCUS))).toBe(true);
    expect(isSdfTinted(await colourOf(INSIDE_SDF_AREA))).toBe(true);
    // Without the SDF layer the same pixels are plain land: the tint was the region's fill.
    await page.click('[data-testid="actor-toggle-SDF"]');
    await waitForMap();
    expect(isSdfTinted(await colourOf(INSIDE_SDF_AREA))).toBe(false);
  });

  it("shows the event's quote when its marker is clicked", async () => {
    await open(VIEW);
    const { x, y } = await screenPoint(DAMASCUS);
    await page.mouse.click(x, y);
    await expect
      .poll(() => page.textContent('[data-testid="evidence-quote"]'))
      .toBe("A delegation from the Turkish National Defense Ministry paid an official visit to the Syrian capital Damascus on Friday");
    expect(await page.textContent('[data-testid="event-date"]')).toBe("17 October 2025");
    expect(page.url()).toMatch(/[?&]event=\d+/);
  });

  it("opens the article from an event, and a highlight selects its event and flies the map to it", async () => {
    await open(VIEW);
    const { x, y } = await screenPoint(DAMASCUS);
    await page.mouse.click(x, y);
    await page.click('[data-testid="show-in-article"]');
    await page.waitForSelector('[data-testid="article-body"]');
    expect(await page.locator('[data-testid="evidence-highlight"]').count()).toBe(6);
    expect(await page.textContent('[data-testid="evidence-highlight"].selected')).toContain("Damascus on Friday");

    const agreement = page.locator('[data-testid="evidence-highlight"]', { hasText: "On March 10" });
    await agreement.click();
    await expect.poll(() => agreement.getAttribute("class")).toContain("selected");
    await page.waitForFunction(() => !window.geobriefMap!.isMoving());
    const eventId = Number(new URL(page.url()).searchParams.get("event"));
    const event = await (await fetch(`${server.baseUrl}/api/events/${eventId}`)).json();
    expect(event.type).toBe("AGREE");
    const centre = await page.evaluate(() => window.geobriefMap!.getCenter().toArray());
    expect(centre[0]).toBeCloseTo(event.lon, 1);
    expect(centre[1]).toBeCloseTo(event.lat, 1);
  });

  it("turning Türkiye off removes its markers, and a reload keeps filters, selection and view", async () => {
    await open(`${VIEW}&region-panel=sdf-northeast`);
    await page.click('[data-testid="actor-toggle-TUR"]');
    await expect.poll(eventCount).toBe(3);
    await waitForMap();
    expect(isVermillion(await colourOf(DAMASCUS))).toBe(false);
    expect(page.url()).toContain("exclude=TUR");

    await page.reload();
    await waitForMap();
    expect(await page.isChecked('[data-testid="actor-toggle-TUR"]')).toBe(false);
    expect(await eventCount()).toBe(3);
    expect(await page.textContent('[data-testid="event-count"]')).toBe("3");
    expect(await page.isVisible('[data-testid="region-panel"]')).toBe(true);
    const view = await page.evaluate(() => ({ zoom: window.geobriefMap!.getZoom(), centre: window.geobriefMap!.getCenter().toArray() }));
    expect(view.zoom).toBeCloseTo(5.4, 2);
    expect(view.centre[0]).toBeCloseTo(38.6, 3);
    expect(view.centre[1]).toBeCloseTo(35.4, 3);
  });

  it("shows only one actor's events, and resets", async () => {
    await open(VIEW);
    await page.click('[data-testid="actor-only-SDF"]');
    await expect.poll(eventCount).toBe(1);
    expect(await page.textContent('[data-testid="only-note"]')).toContain("Syrian Democratic Forces");
    await page.click('[data-testid="reset-filters"]');
    await expect.poll(eventCount).toBe(6);
  });

  it("filters by event type and by distance from the border, keeping both in the URL", async () => {
    await open(VIEW);
    await page.click('[data-testid="filters-heading"], #filters-heading');
    await page.check('[data-testid="type-toggle-AGREE"]');
    await page.check('[data-testid="type-toggle-SUPPORT"]');
    await expect.poll(eventCount).toBe(2);
    expect(new URL(page.url()).searchParams.getAll("type").sort()).toEqual(["AGREE", "SUPPORT"]);
    await page.reload();
    await waitForMap();
    expect(await eventCount()).toBe(2);
    expect(await page.isChecked('[data-testid="type-toggle-AGREE"]')).toBe(true);
    await page.click('[data-testid="reset-filters"]');
    await page.fill('[data-testid="filter-border-km"]', "60");
    await expect.poll(eventCount).toBe(1);
    expect(page.url()).toContain("border-km=60");
  });

  it("Back undoes a filter change and Forward redoes it; moving the map adds no history", async () => {
    await open(VIEW);
    const entries = await page.evaluate(() => window.history.length);
    await page.click('[data-testid="actor-only-SDF"]');
    await expect.poll(eventCount).toBe(1);
    await page.evaluate(() => window.geobriefMap!.panBy([40, 0], { duration: 0 }));
    await page.click('[data-testid="actor-toggle-TUR"]');
    await expect.poll(() => page.url()).toContain("exclude=TUR");
    expect(await page.evaluate(() => window.history.length)).toBe(entries + 2);

    await page.goBack();
    await expect.poll(() => page.url()).not.toContain("exclude=TUR");
    expect(await page.isChecked('[data-testid="actor-toggle-TUR"]')).toBe(true);
    await page.goBack();
    await expect.poll(eventCount).toBe(6);
    expect(new URL(page.url()).searchParams.has("actor")).toBe(false);
    await page.goForward();
    await expect.poll(eventCount).toBe(1);
    expect(new URL(page.url()).searchParams.getAll("actor")).toEqual(["SDF"]);
  });

  it("fits a 390 × 844 phone: nothing runs off the screen, and every control can be reached", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await phone.goto(`${server.baseUrl}/?${VIEW}`);
      await phone.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 30_000 });
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const offScreen = () =>
        phone.evaluate(() =>
          [
            ...document.querySelectorAll<HTMLElement>(
              "header button, header a, header input, .rail button, .rail input, .rail select, .rail a, .timeline button, .timeline select",
            ),
          ]
            .filter((element) => element.offsetParent !== null)
            .map((element) => ({
              label: element.textContent?.trim() || element.getAttribute("aria-label") || element.dataset.testid || element.tagName,
              box: element.getBoundingClientRect(),
            }))
            .filter(({ box }) => box.left < 0 || box.right > 390 + 0.5)
            .map(({ label }) => label),
        );
      expect(await offScreen()).toEqual([]);
      // The header is a few rows, not a column of wrapped words, and the search box stays usable.
      expect((await phone.locator("header").boundingBox())!.height).toBeLessThan(200);
      expect((await phone.locator("header .search-box input").boundingBox())!.width).toBeGreaterThan(150);
      // The header's actions are in a menu, on screen when it opens.
      expect(await phone.locator('[data-testid="open-import"]').isVisible()).toBe(false);
      await phone.click('[data-testid="open-menu"]');
      const briefingsLink = phone.locator("#header-actions a");
      expect(await briefingsLink.isVisible()).toBe(true);
      const linkBox = (await briefingsLink.boundingBox())!;
      expect(linkBox.x + linkBox.width).toBeLessThanOrEqual(390);
      await phone.click('[data-testid="open-menu"]');
      // The rail is a sheet over the map: closed, the map has the screen; open, every toggle is reachable.
      expect(await phone.locator(".rail").isVisible()).toBe(false);
      expect((await phone.locator('[data-testid="map"]').boundingBox())!.height).toBeGreaterThan(400);
      await phone.click('[data-testid="open-rail-sheet"]');
      expect(await offScreen()).toEqual([]);
      const toggle = phone.locator('[data-testid^="actor-toggle-"]').last();
      await toggle.scrollIntoViewIfNeeded();
      await toggle.click();
      expect(await toggle.isChecked()).toBe(false);
      // Choosing an event from the list swaps the rail for the panel's sheet; closing the panel closes it.
      await phone.locator('[data-testid^="event-item-"]').first().click();
      await phone.waitForSelector('[data-testid="event-panel"]');
      expect(await phone.locator(".rail").isVisible()).toBe(false);
      const panelBox = (await phone.locator(".side-panel").boundingBox())!;
      expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(844);
      await phone.click('[data-testid="close-panel"]');
      expect(await phone.locator(".side-panel").isVisible()).toBe(false);
    } finally {
      await phone.close();
    }
  });

  it("keeps every header action on one line on a 1280 px laptop, the theatre line giving way", async () => {
    const laptop = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await laptop.goto(`${server.baseUrl}/?${VIEW}`);
      await laptop.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 30_000 });
      // A one-word action's height is one line's: a wrapped "Add article" would be twice it.
      const oneLine = (await laptop.locator('[data-testid="open-import"]').boundingBox())!.height;
      for (const action of ["open-add-article", "open-save-briefing", "open-draw-region"])
        expect((await laptop.locator(`[data-testid="${action}"]`).boundingBox())!.height, action).toBeLessThan(oneLine * 1.3);
      expect(await laptop.getAttribute("header > .muted", "title")).toMatch(/^Türkiye–Syria–Israel theatre · \d+ articles? · offline map$/);
    } finally {
      await laptop.close();
    }
  });

  it("says when no event matches, and offers a reset", async () => {
    await open(`${VIEW}&actor=HEZ`);
    expect(await page.textContent('[data-testid="status-empty"]')).toContain("No events in view match these filters");
    await page.click('[data-testid="status-empty"] button');
    await expect.poll(() => page.textContent('[data-testid="event-count"]')).toBe("6");
  });

  it("opens a region's panel with its basis, status and the sentences that mention it", async () => {
    await open(VIEW);
    const { x, y } = await screenPoint(INSIDE_SDF_AREA);
    await page.mouse.click(x, y);
    await page.waitForSelector('[data-testid="region-panel"]');
    expect(await page.textContent('[data-testid="region-status"]')).toBe("approximate");
    expect(await page.textContent('[data-testid="region-holder"]')).toBe("Syrian Democratic Forces");
    expect(await page.textContent('[data-testid="region-basis"]')).toContain("Peace Spring");
    await page.click('[data-testid="region-mention"]');
    await page.waitForSelector('[data-testid="article-body"]');
    expect(await page.locator('[data-region-id="sdf-northeast"]').textContent()).toBe("northern and eastern Syria");
  });

  it("works from the keyboard: the event list opens an event, Escape closes the panel", async () => {
    await open(VIEW);
    let focused = "";
    for (let presses = 0; presses < 80 && !focused.startsWith("event-item-"); presses += 1) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? "");
    }
    expect(focused).toMatch(/^event-item-/);
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="event-panel"]');
    await page.keyboard.press("Escape");
    await page.waitForSelector('[data-testid="panel-guide"]');
  });

  it("plays the timeline a week at a time, keeping each window in the URL, and pauses", async () => {
    await open(VIEW);
    await page.waitForSelector('[data-testid="timeline-chart"]');
    expect(await page.locator(".timeline-exact").count()).toBeGreaterThan(3);
    // Playwright's clock drives the play timer (components/timeline/timeline.tsx steps every 1.2 s): no waiting on real time.
    await page.clock.install();
    const entries = await page.evaluate(() => window.history.length);
    await page.selectOption('[data-testid="timeline-step"]', "week");
    await page.click('[data-testid="timeline-play"]');
    const windowOf = () => {
      const params = new URL(page.url()).searchParams;
      return { from: params.get("from"), to: params.get("to") };
    };
    await page.clock.runFor(1_200);
    await expect.poll(() => windowOf().from).not.toBeNull();
    const first = windowOf();
    expect((Date.parse(first.to!) - Date.parse(first.from!)) / 86_400_000).toBe(6);
    // The next window starts the day after this one ends.
    await page.clock.runFor(1_200);
    await expect.poll(() => windowOf().from).not.toBe(first.from);
    const second = windowOf();
    expect((Date.parse(second.from!) - Date.parse(first.to!)) / 86_400_000).toBe(1);
    await page.click('[data-testid="timeline-play"]');
    const paused = windowOf();
    await page.clock.runFor(3_000);
    expect(windowOf()).toEqual(paused);
    expect(await page.textContent('[data-testid="timeline-range"]')).toBe(`${paused.from} – ${paused.to}`);
    // Playing moves the window within one history entry: Back leaves the timeline, not a week.
    expect(await page.evaluate(() => window.history.length)).toBe(entries);
  });

  it("tells the analyst when a link's parameters were not understood", async () => {
    await open(`${VIEW}&type=BOMB&event=abc`);
    const notice = await page.textContent('[data-testid="url-notice"]');
    expect(notice).toContain('"type"');
    expect(notice).toContain('"event"');
    // The notice takes room from the map; dismissed, the whole view shows all six: nothing was filtered.
    await page.click('[data-testid="url-notice"] button');
    await expect.poll(eventCount).toBe(6);
    // A well-formed id of no stored region: the rail shows it chosen and says why nothing matches.
    await open(`${VIEW}&region=atlantis`);
    expect(await page.textContent('[data-testid="filter-region-error"]')).toContain("No region “atlantis” is stored");
    expect(await page.inputValue('[data-testid="filter-region"]')).toBe("atlantis");
    await page.selectOption('[data-testid="filter-region"]', "");
    await expect.poll(eventCount).toBe(6);
    expect(await page.isVisible('[data-testid="filter-region-error"]')).toBe(false);
    expect(page.url()).not.toContain("region=");
  });
});

describe.skipIf(!chromiumAvailable)("adding and reviewing an article in Chromium", () => {
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const elsewhere: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1500, height: 900 } })).newPage();
    // An alert() would mean article text ran as script.
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    page.on("request", (request) => {
      if (!request.url().startsWith(`${server.baseUrl}/`) && !/^(data|blob):/.test(request.url())) elsewhere.push(request.url());
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("stores a pasted article with hostile markup as plain text, opens it with its drafts, and confirms one", async () => {
    await page.goto(`${server.baseUrl}/`);
    await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 30_000 });
    await page.click('[data-testid="open-add-article"]');
    await page.fill('[data-testid="article-title"]', "Shelling near Quneitra <img src=x onerror=alert('title')>");
    await page.fill('[data-testid="article-outlet"]', "Browser test wire");
    await page.fill('[data-testid="article-published"]', "2025-09-05");
    await page.fill(
      '[data-testid="article-body-input"]',
      "Israeli forces shelled the town of Khan Arnabah in the Quneitra countryside on Wednesday, residents said. <script>alert('body')</script><img src=x onerror=alert('img')> \u202egnol\u202c <a href=\"javascript:alert('link')\">link</a>",
    );
    await page.click('[data-testid="add-article-submit"]');
    await page.waitForSelector('[data-testid="article-body"]');
    expect(await page.textContent('[data-testid="message"]')).toContain("draft event");
    expect(await page.textContent('[data-testid="article-body"]')).toContain("<script>alert('body')</script>");
    expect(
      await page.locator('[data-testid="article-body"] script, [data-testid="article-body"] img, [data-testid="article-body"] a').count(),
    ).toBe(0);
    expect(await page.textContent("#article-title")).toContain("<img src=x");

    // The draft is on the map, distinct, and counted for review.
    await expect.poll(() => page.textContent('[data-testid="draft-count"]')).toContain("1 draft event");
    expect(await page.locator('[data-testid="evidence-highlight"].draft').count()).toBeGreaterThan(0);
    // The review queue lists it with its confidence; choosing it opens the event and why it was drafted.
    await page.click('[data-testid="draft-queue-toggle"] summary');
    const queued = page.locator('[data-testid^="draft-item-"]');
    await expect.poll(() => queued.count()).toBe(1);
    expect(await queued.textContent()).toMatch(/^\d+% ASSAULT · 2025-09-03/);
    await queued.click();
    await page.waitForSelector('[data-testid="extraction-reasons"]');
    await page.click('[data-testid="extraction-reasons"] summary');
    expect(await page.textContent('[data-testid="extraction-reasons"]')).toContain('trigger: the words "shelled" (ASSAULT)');
    expect(await page.textContent('[data-testid="event-status"]')).toBe("draft");
    // Correct its place by clicking the map at Quneitra, then confirm it.
    await page.click('[data-testid="edit-event"]');
    await page.click('[data-testid="pick-on-map"]');
    await page.waitForSelector('[data-testid="pick-notice"]');
    const quneitra = await page.evaluate(() => {
      const map = window.geobriefMap!;
      map.jumpTo({ center: [35.82461, 33.12595], zoom: 9 });
      const point = map.project([35.82461, 33.12595]);
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    });
    await page.mouse.click(quneitra.x, quneitra.y);
    await expect.poll(() => page.textContent('[data-testid="event-form"]')).toContain("Place: Al Qunaytirah");
    await page.click('[data-testid="form-submit"]');
    await expect.poll(() => page.textContent('[data-testid="event-panel"]')).toContain("Al Qunaytirah (town)");
    await page.click('[data-testid="confirm-event"]');
    await expect.poll(() => page.textContent('[data-testid="event-status"]')).toBe("confirmed");
    expect(await page.textContent('[data-testid="last-review"]')).toContain("Last confirmed by");
    await expect.poll(() => page.locator('[data-testid="draft-count"]').count()).toBe(0);
    await expect.poll(() => page.textContent('[data-testid="draft-queue-toggle"]')).toContain("No drafts to review");

    expect(dialogs).toEqual([]);
    expect(elsewhere).toEqual([]);
  });

  it("says why a bad article is refused, and stores nothing", async () => {
    await page.goto(`${server.baseUrl}/`);
    await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 30_000 });
    const articlesBefore = await page.textContent(".app-header .muted");
    await page.click('[data-testid="open-add-article"]');
    await page.fill('[data-testid="article-url"]', "https://example.org/a");
    await page.fill('[data-testid="article-body-input"]', "   ");
    await page.click('[data-testid="add-article-submit"]');
    expect(await page.textContent('[data-testid="add-article-error"]')).toContain("body is empty");
    await page.keyboard.press("Escape");
    await page.reload();
    await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 30_000 });
    expect(await page.textContent(".app-header .muted")).toBe(articlesBefore);
  });
});

describe.skipIf(!chromiumAvailable)("search in Chromium", () => {
  const searchServer = startTestServer();
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1500, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("opens a sentence in its article, and an event on the map, from the keyboard", async () => {
    await page.goto(`${searchServer.baseUrl}/`);
    await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 30_000 });
    await page.fill('[data-testid="search-input"]', "took office");
    await page.waitForSelector('[data-testid="search-results"] [role="option"]');
    const options = await page.locator('[data-testid="search-results"] [role="option"]').allTextContents();
    const sentence = options.findIndex((text) => text.startsWith("Sentence"));
    for (let press = 0; press < sentence; press += 1) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="article-body"] .search-hit');
    expect(await page.locator('[data-testid="article-body"] .search-hit').first().textContent()).toContain(
      "officially took office in January",
    );

    await page.fill('[data-testid="search-input"]', "CONSULT");
    await page.waitForSelector('[data-testid="search-results"] [role="option"]');
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="event-panel"]');
    expect(await page.textContent('[data-testid="evidence-quote"]')).toContain("A delegation from the Turkish National Defense Ministry");
  });
});
