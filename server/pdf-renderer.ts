/**
 * Renders a page of the app to PDF with Debian's headless Chromium (playwright-core; no
 * browser is ever downloaded). One browser per process, shared by every render; renders take
 * turns in a bounded queue, each with a time limit, so forty requests never start forty
 * browsers. Used by GET /api/briefings/:id/pdf and `npm run briefing:pdf`.
 */
import { existsSync } from "node:fs";
import PQueue from "p-queue";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
/** Flags measured to run Debian's Chromium headless on a closed network, MapLibre included (docs/architecture.md, "Stack notes"). */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Two renders at once keep a 2-core machine answering the map; more only queue for the CPU. */
const RENDERING_AT_ONCE = 2;
/** Renders that may wait their turn; past that the route answers 503 with Retry-After. */
const MAX_WAITING = 4;
/** The seed briefing renders in about 1.5 s (docs/using-geobrief.md, "Briefings"): 30 s means something hangs. */
export const RENDER_TIMEOUT_MS = 30_000;

export class ChromiumMissingError extends Error {
  constructor() {
    super(
      `PDF export needs Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium), which is not installed here; use the print view and your browser's "Save as PDF" instead`,
    );
  }
}

export class PdfQueueFullError extends Error {
  constructor() {
    super(`${RENDERING_AT_ONCE} PDFs are being rendered and ${MAX_WAITING} are waiting`);
  }
}

export type Paper = "A4" | "Letter";

// Next bundles route handlers separately: the browser and the queue live on globalThis, one per process.
const shared = globalThis as typeof globalThis & { geobriefPdf?: { queue: PQueue; browser?: Promise<Browser> } };

function pdfState() {
  shared.geobriefPdf ??= { queue: new PQueue({ concurrency: RENDERING_AT_ONCE, timeout: RENDER_TIMEOUT_MS }) };
  return shared.geobriefPdf;
}

function sharedBrowser(): Promise<Browser> {
  const state = pdfState();
  state.browser ??= chromium
    .launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
    })
    .then((browser) => {
      // A crashed or closed browser is launched anew by the next render.
      browser.on("disconnected", () => (state.browser = undefined));
      return browser;
    })
    .catch((error: unknown) => {
      state.browser = undefined;
      throw error;
    });
  return state.browser;
}

/** The page at `url`, printed with its print CSS, once its map image and fonts have loaded. */
export async function renderPdf(url: string, options: { paper: Paper; landscape: boolean }): Promise<Buffer> {
  // A system binary, not a project file: nothing for the bundler to trace.
  if (!existsSync(/*turbopackIgnore: true*/ CHROMIUM_PATH)) throw new ChromiumMissingError();
  const { queue } = pdfState();
  if (queue.size >= MAX_WAITING) throw new PdfQueueFullError();
  return (await queue.add(async () => {
    const context = await (await sharedBrowser()).newContext();
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(RENDER_TIMEOUT_MS);
      const response = await page.goto(url, { waitUntil: "networkidle" });
      if (!response?.ok()) throw new Error(`the print view answered ${response?.status() ?? "nothing"}`);
      await page.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0));
      return await page.pdf({ format: options.paper, landscape: options.landscape, printBackground: true, preferCSSPageSize: true });
    } finally {
      await context.close();
    }
  })) as Buffer;
}

/** Closes the shared browser (a command-line tool's last step, so its process can end). */
export async function closePdfBrowser(): Promise<void> {
  const browser = await pdfState().browser;
  await browser?.close();
}

/** How many pages a PDF has (its /Type /Page objects). */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
