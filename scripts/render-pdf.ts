/**
 * Renders a page of the app to PDF with Debian's headless Chromium (playwright-core; no
 * browser is ever downloaded). Used by GET /api/briefings/:id/pdf and `npm run briefing:pdf`.
 */
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export class ChromiumMissingError extends Error {
  constructor() {
    super(`PDF export needs Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium), which is not installed here; use the print view and your browser's "Save as PDF" instead`);
  }
}

export type Paper = "A4" | "Letter";

/** The page at `url`, printed with its print CSS, once its map image and fonts have loaded. */
export async function renderPdf(url: string, options: { paper: Paper; landscape: boolean }): Promise<Buffer> {
  // A system binary, not a project file: nothing for the bundler to trace.
  if (!existsSync(/*turbopackIgnore: true*/ CHROMIUM_PATH)) throw new ChromiumMissingError();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    // Measured to run headless on a closed network (STACK.md).
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage();
    const response = await page.goto(url, { waitUntil: "networkidle" });
    if (!response?.ok()) throw new Error(`the print view answered ${response?.status() ?? "nothing"}`);
    await page.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0));
    return await page.pdf({ format: options.paper, landscape: options.landscape, printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}

/** How many pages a PDF has (its /Type /Page objects). */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
