import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer } from "../server/test-server";
import { chromiumAvailable, launchChromium, popplerAvailable } from "./chromium";

const server = startTestServer({ env: { GEOBRIEF_HANDLING: "UNCLASSIFIED // FOR TRAINING" } });
const CONSULT_QUOTE =
  "A delegation from the Turkish National Defense Ministry paid an official visit to the Syrian capital Damascus on Friday";

describe.skipIf(!chromiumAvailable || !popplerAvailable)("briefings in Chromium", () => {
  let browser: Browser;
  let page: Page;
  const dir = mkdtempSync(path.join(tmpdir(), "geobrief-pdf-"));
  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("saves a briefing from the dashboard that keeps the old value after an edit, says the data changed, and prints to a PDF with its title, a quote and a drawn map", async () => {
    await page.goto(`${server.baseUrl}/?view=5.40/35.4000/38.6000`);
    await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 30_000 });
    await page.click('[data-testid="open-save-briefing"]');
    await page.fill('[data-testid="briefing-title-input"]', "Defence ties: test briefing");
    await page.fill('[data-testid="briefing-notes-input"]', "Written by the browser suite.");
    await page.click('[data-testid="save-briefing-submit"]');
    await page.waitForURL(/\/briefings\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split("/").pop());
    expect(await page.textContent('[data-testid="briefing-title"]')).toBe("Defence ties: test briefing");
    expect(await page.textContent('[data-testid="handling"]')).toBe("UNCLASSIFIED // FOR TRAINING");
    expect(await page.isVisible('[data-testid="changed-notice"]')).toBe(false);
    // Each region's status is in words beside its pattern, for a reader of a black-and-white print.
    expect(await page.locator('[data-testid="briefing-region-status"]').allInnerTexts()).toContain(
      "(approximate: dashed edge; held by Syrian Democratic Forces)",
    );

    // Edit the live data: the CONSULT event becomes COOPERATE.
    const { snapshot } = await (await fetch(`${server.baseUrl}/api/briefings/${id}`)).json();
    const consult = snapshot.events.find((event: { type: string }) => event.type === "CONSULT");
    await fetch(`${server.baseUrl}/api/events/${consult.id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "COOPERATE" }),
    });
    await page.reload();
    expect(await page.textContent('[data-testid="changed-notice"]')).toContain("1 edited");
    const table = await page.textContent('[data-testid="briefing-events"]');
    expect(table).toContain("CONSULT");
    expect(table).not.toContain("COOPERATE");
    expect(await page.getAttribute('[data-testid="open-live-map"]', "href")).toContain("view=5.40");

    const response = await fetch(`${server.baseUrl}/api/briefings/${id}/pdf?paper=a4&orientation=portrait`);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const pdfFile = path.join(dir, "briefing.pdf");
    writeFileSync(pdfFile, Buffer.from(await response.arrayBuffer()));
    const text = spawnSync("pdftotext", ["-layout", pdfFile, "-"], { encoding: "utf8" }).stdout.replace(/\s+/g, " ");
    expect(text).toContain("Defence ties: test briefing");
    expect(text).toContain(CONSULT_QUOTE.replace(/\s+/g, " ").slice(0, 60));
    expect(text).toContain("UNCLASSIFIED // FOR TRAINING");

    // The map on page 1 is drawn, not blank: count the non-white pixels in its frame.
    spawnSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", pdfFile, path.join(dir, "page")]);
    const png = PNG.sync.read(readFileSync(path.join(dir, "page-1.png")));
    let inked = 0;
    const top = Math.round(png.height * 0.15);
    const bottom = Math.round(png.height * 0.7);
    for (let y = top; y < bottom; y += 2) {
      for (let x = Math.round(png.width * 0.1); x < png.width * 0.9; x += 2) {
        const index = (y * png.width + x) * 4;
        if (png.data[index] < 235 || png.data[index + 1] < 235 || png.data[index + 2] < 235) inked += 1;
      }
    }
    const sampled = ((bottom - top) / 2) * ((png.width * 0.8) / 2);
    expect(inked / sampled).toBeGreaterThan(0.3);
  });

  it("renders PDFs in one shared browser behind a bounded queue: a burst gets some PDFs and 503s with Retry-After, never a browser each", async () => {
    const [{ id }] = await (await fetch(`${server.baseUrl}/api/briefings`)).json();
    const answers = await Promise.all(Array.from({ length: 12 }, () => fetch(`${server.baseUrl}/api/briefings/${id}/pdf`)));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
    // Two render and four wait: of twelve sent at once, the rest are told to come back.
    expect(statuses.filter((status) => status === 503).length).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(2);
    for (const answer of answers) {
      if (answer.status === 503) expect(Number(answer.headers.get("retry-after"))).toBeGreaterThan(0);
      await answer.arrayBuffer();
    }
    // One Chromium for the server whatever the burst, beside this test's own: a browser's main process is the one without --type=.
    const processes = spawnSync("ps", ["-eo", "args"], { encoding: "utf8" }).stdout.split("\n");
    const browsers = processes.filter(
      (args) => args.includes("chromium") && args.includes("--remote-debugging-pipe") && !args.includes("--type="),
    );
    expect(browsers.length).toBeLessThanOrEqual(2);
  });
});
