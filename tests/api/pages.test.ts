import { describe, expect, it } from "vitest";
import { startTestServer } from "../server/test-server";

const server = startTestServer();

describe("the dashboard page", () => {
  it("is served with the app's shell and no reference to another origin", async () => {
    const response = await fetch(`${server.baseUrl}/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Geobrief");
    // Every script, style and font comes from the app itself.
    const external = [...html.matchAll(/(?:src|href)="(https?:\/\/[^"]+)"/g)].map((match) => match[1]);
    expect(external).toEqual([]);
  });

  it("serves the offline basemap, glyphs and MapLibre worker itself", async () => {
    for (const path of [
      "/basemap/countries.geojson",
      "/basemap/places.geojson",
      "/glyphs/DejaVu%20Sans%20Book/0-255.pbf",
      "/maplibre-gl-worker.mjs",
    ]) {
      expect((await fetch(`${server.baseUrl}${path}`)).status, path).toBe(200);
    }
  });
});
