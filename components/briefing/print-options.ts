/** Paper and orientation of a printed briefing, as the print view and the PDF route read them. */
export interface PrintOptions {
  paper: "a4" | "letter";
  orientation: "portrait" | "landscape";
}

export const DEFAULT_PRINT: PrintOptions = { paper: "a4", orientation: "portrait" };

export function parsePrintOptions(params: URLSearchParams): { ok: true; value: PrintOptions } | { ok: false; error: string } {
  const paper = params.get("paper") ?? DEFAULT_PRINT.paper;
  const orientation = params.get("orientation") ?? DEFAULT_PRINT.orientation;
  if (paper !== "a4" && paper !== "letter") return { ok: false, error: 'invalid parameter "paper": expected a4 or letter' };
  if (orientation !== "portrait" && orientation !== "landscape")
    return { ok: false, error: 'invalid parameter "orientation": expected portrait or landscape' };
  return { ok: true, value: { paper, orientation } };
}

export function printQuery(options: PrintOptions): string {
  return new URLSearchParams({ paper: options.paper, orientation: options.orientation }).toString();
}
