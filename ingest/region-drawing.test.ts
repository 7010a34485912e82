/** Drawn region versions as the API reads them: every refusal names its problem. Shapes are written for these tests. */
import { describe, expect, it } from "vitest";
import { TEST_BOW_TIE_HOLE, TEST_SHELL, TEST_SQUARE_CLOCKWISE } from "@/tests/fixtures/regions";
import { checkDrawing, MAX_DRAWN_POSITIONS, parseDrawnVersion, parseNewRegion } from "./region-drawing";

const body = {
  baseVersion: 1,
  geometry: { type: "Polygon", coordinates: [TEST_SQUARE_CLOCKWISE] },
  validFrom: "2026-01-10",
  status: "contested",
  basis: "Drawn by the test suite.",
  sources: [
    { title: "Test note", publisher: "Geobrief", url: "https://example.org/note" },
    { articleId: 1, start: 10, end: 50 },
  ],
};
const errorOf = (result: { ok: boolean; error?: string }) => (result.ok ? null : result.error);

describe("a drawn version's body", () => {
  it("splits citations from article sentences and keeps the version it started from", () => {
    const parsed = parseDrawnVersion("sdf-northeast", body);
    expect(parsed.ok && parsed.value).toMatchObject({
      regionId: "sdf-northeast",
      baseVersion: 1,
      region: null,
      citations: [{ title: "Test note", publisher: "Geobrief", url: "https://example.org/note" }],
      sentences: [{ articleId: 1, start: 10, end: 50 }],
    });
  });

  it("is refused without a source, with a future start, an unknown status, a reversed span or too many positions", () => {
    expect(errorOf(parseDrawnVersion("sdf-northeast", { ...body, sources: [] }))).toMatch(/"sources" must be at least one source/);
    expect(errorOf(parseDrawnVersion("sdf-northeast", { ...body, validFrom: "2999-01-01" }))).toMatch(/is in the future/);
    expect(errorOf(parseDrawnVersion("sdf-northeast", { ...body, status: "held" }))).toMatch(
      /"status" must be one of assessed, assessed-advance/,
    );
    expect(errorOf(parseDrawnVersion("sdf-northeast", { ...body, sources: [{ articleId: 1, start: 50, end: 10 }] }))).toMatch(
      /"sources.0"/,
    );
    expect(errorOf(parseDrawnVersion("Not A Slug", body))).toBe('invalid region id "Not A Slug"');
    const ring = Array.from({ length: MAX_DRAWN_POSITIONS }, (_, index) => [40 + index / 1e4, 36]);
    expect(errorOf(parseDrawnVersion("sdf-northeast", { ...body, geometry: { type: "Polygon", coordinates: [ring] } }))).toMatch(
      /at most 5000/,
    );
  });

  it("for a new region needs an id, a name and a kind of the list", () => {
    const { baseVersion: _, ...first } = body;
    expect(parseNewRegion({ ...first, id: "test-watch", name: "Watch", kind: "watch-area" }).ok).toBe(true);
    expect(errorOf(parseNewRegion({ ...first, id: "test-watch", name: "Watch", kind: "front" }))).toMatch(
      /"kind" must be one of control-area/,
    );
  });
});

describe("a drawing's geometry", () => {
  it("is rewound to RFC 7946, and refused where its ring crosses itself", () => {
    const parsed = parseDrawnVersion("sdf-northeast", body);
    if (!parsed.ok) throw new Error(parsed.error);
    const checked = checkDrawing(parsed.value);
    expect(checked.ok && checked.value.geometry.coordinates[0]).toEqual([...TEST_SQUARE_CLOCKWISE].reverse());
    const crossing = checkDrawing({ ...parsed.value, geometry: { type: "Polygon", coordinates: [TEST_SHELL, TEST_BOW_TIE_HOLE] } });
    expect(errorOf(crossing)).toMatch(/^the drawing .*crosses itself near 40\.3000, 36\.3000/);
  });
});
