/**
 * The browser suite drives Debian's Chromium through playwright-core (never a downloaded
 * browser). Where Chromium is missing the suite says so and skips, unless REQUIRE_BROWSER=1,
 * which makes a missing browser a failure.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { PNG } from "pngjs";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "@/server/pdf-renderer";

export const chromiumAvailable = existsSync(CHROMIUM_PATH);

if (!chromiumAvailable) {
  const message = `Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium)`;
  if (process.env.REQUIRE_BROWSER === "1") throw new Error(`${message}; REQUIRE_BROWSER=1 makes this a failure`);
  console.warn(`${message}: skipping the browser suite`);
}

/** The same Chromium and flags as the PDF renderer (server/pdf-renderer.ts). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** The median colour of a (2·radius+1)² patch of a viewport screenshot, robust to a stray label pixel. */
export async function colourAt(page: Page, x: number, y: number, radius = 2): Promise<Rgb> {
  const png = PNG.sync.read(await page.screenshot());
  const samples: Rgb[] = [];
  for (let dy = -radius; dy <= radius; dy += 1) {
    for (let dx = -radius; dx <= radius; dx += 1) {
      const index = (png.width * Math.round(y + dy) + Math.round(x + dx)) * 4;
      samples.push({ r: png.data[index], g: png.data[index + 1], b: png.data[index + 2] });
    }
  }
  const median = (channel: keyof Rgb) => samples.map((sample) => sample[channel]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  return { r: median("r"), g: median("g"), b: median("b") };
}

/** poppler-utils turns PDFs into text and pictures for checking; CI installs it beside Chromium. */
export const popplerAvailable = ["/usr/bin/pdftotext", "/usr/bin/pdftoppm"].every((tool) => existsSync(tool));
if (!popplerAvailable) {
  const message = "poppler-utils not found (apt-get install -y poppler-utils)";
  if (process.env.REQUIRE_BROWSER === "1") throw new Error(`${message}; REQUIRE_BROWSER=1 makes this a failure`);
  console.warn(`${message}: skipping the PDF checks`);
}
