import { PNG } from "pngjs";

/** A real PNG of the map's size, standing in for the canvas a briefing is saved with. */
export function pngDataUrl(width = 800, height = 600): string {
  const png = new PNG({ width, height });
  png.data.fill(200);
  return `data:image/png;base64,${PNG.sync.write(png).toString("base64")}`;
}

/** A valid POST /api/briefings body over `query`, seen at `view`: what the Save briefing dialog sends. */
export function briefingRequest(title: string, query: string, view: { zoom: number; lat: number; lon: number }) {
  return {
    title,
    notes: "Notes.",
    query,
    view: { ...view, bearing: 0 },
    imageSize: { width: 800, height: 600 },
    selectedEventIds: [],
    mapImage: pngDataUrl(),
  };
}
