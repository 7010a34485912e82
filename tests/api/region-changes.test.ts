/**
 * What changed hands between two dates, through the API of a real server: a new version of the SDF
 * area (a test square, no claim about any real line) imported from 2026-01-01, then the changes
 * between a date before it and one after, in km² as turf measures them.
 */
import { area, polygon } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { TEST_SQUARE_CLOCKWISE, testRegionProperties } from "../fixtures/regions";
import { startTestServer } from "../server/test-server";

const server = startTestServer();
const get = async (query: string) => {
  const response = await fetch(`${server.baseUrl}/api/regions/changes${query}`);
  return { status: response.status, body: await response.json() };
};

describe("GET /api/regions/changes", () => {
  it("says which dates it needs", async () => {
    expect(await get("")).toEqual({ status: 400, body: { error: 'parameters "from" and "to" are both needed, as YYYY-MM-DD' } });
    expect((await get("?from=2026-02-01&to=2026-01-01")).body.error).toBe('"from" (2026-02-01) must be before "to" (2026-01-01)');
    expect((await get("?from=2026-02&to=2026-03-01")).status).toBe(400);
  });

  it("lists the ground a region lost and gained between the versions valid on two dates", async () => {
    const square = {
      type: "Feature",
      properties: testRegionProperties,
      geometry: { type: "Polygon", coordinates: [TEST_SQUARE_CLOCKWISE] },
    };
    const imported = await fetch(`${server.baseUrl}/api/import?name=square.geojson`, {
      method: "POST",
      headers: { "x-geobrief-user": "front-line analyst" },
      body: JSON.stringify(square),
    });
    expect(imported.status).toBe(200);
    const before = (await (await fetch(`${server.baseUrl}/api/regions?at=2025-12-01`)).json()).features.find(
      (region: { id: string }) => region.id === "sdf-northeast",
    );

    const { status, body } = await get("?from=2025-12-01&to=2026-02-01");
    expect(status).toBe(200);
    const changes = body.features.map((feature: { properties: object }) => feature.properties);
    expect(changes).toHaveLength(1);
    // The square lies inside the area it replaces: nothing gained, the rest lost.
    const lost = (area(before) - area(polygon([TEST_SQUARE_CLOCKWISE]))) / 1e6;
    expect(changes[0]).toMatchObject({ region: "sdf-northeast", change: "lost" });
    expect(Math.abs(changes[0].areaKm2 - lost)).toBeLessThan(1);
    expect((await get("?from=2026-02-01&to=2026-03-01")).body.features).toEqual([]);
  });
});
