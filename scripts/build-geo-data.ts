/**
 * Rebuilds the geographic data the running app ships, from the cited upstream files in
 * geo/sources/: the three regions, the reference lines used for derived facts and the
 * points of vague areas (geo/data/) and the offline basemap layers (public/basemap/). Run after changing a
 * source or a region definition: `npm run geo:build`. Outputs are committed, so neither
 * the server nor a user's machine ever computes them.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { distance, polygonToLine, simplify, truncate } from "@turf/turf";
import { isSyriaBoundaryWith, locateAreaPlaces } from "@/geo/area-places";
import { composeRegions } from "@/geo/compose-regions";
import { loadRegionSources, readGeoJson } from "@/geo/load-region-sources";
import { AREA_PLACES_FILE, GEO_DATA_DIR, REFERENCE_LINES_FILE, REGIONS_FILE } from "@/geo/data-files";
import type { Feature, FeatureCollection, Geometry, MultiPoint, MultiPolygon, Point, Polygon } from "@/geo/types";

type AnyCollection = FeatureCollection<Geometry, Record<string, unknown>>;
const BASEMAP_DIR = path.join(process.cwd(), "public", "basemap");

function pick(
  collection: AnyCollection,
  keep: (feature: Feature<Geometry, Record<string, unknown>>) => boolean,
  properties: (feature: Feature<Geometry, Record<string, unknown>>) => Record<string, unknown>,
): AnyCollection {
  const features = collection.features.filter(keep).map((feature) => ({ ...feature, properties: properties(feature) }));
  return truncate({ type: "FeatureCollection", features }, { precision: 4 });
}

function write(file: string, data: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(data) + "\n");
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

const started = performance.now();
const sources = loadRegionSources();
write(path.join(GEO_DATA_DIR, REGIONS_FILE), { type: "FeatureCollection", features: composeRegions(sources) });
const boundaryLines = readGeoJson<AnyCollection>("syria_boundary_lines_naturalearth.geojson");
write(path.join(GEO_DATA_DIR, AREA_PLACES_FILE), locateAreaPlaces(sources.districts, boundaryLines));
const isTurkeySyria = (feature: Feature<Geometry, Record<string, unknown>>) => isSyriaBoundaryWith(feature.properties, "TUR");
const isCeasefireLine = (feature: Feature<Geometry, Record<string, unknown>>) => feature.properties.name === "Ceasefire Lines 1974";
write(
  path.join(GEO_DATA_DIR, REFERENCE_LINES_FILE),
  pick(
    boundaryLines,
    (feature) => isTurkeySyria(feature) || isCeasefireLine(feature),
    (feature) => ({
      id: isCeasefireLine(feature) ? "ceasefire-1974" : "turkey-syria-border-line",
      name: isCeasefireLine(feature) ? "1974 ceasefire line (Syria–Israel)" : "Türkiye–Syria boundary",
    }),
  ),
);

write(
  path.join(BASEMAP_DIR, "countries.geojson"),
  pick(
    readGeoJson("ne_50m_admin_0_countries_region.geojson"),
    () => true,
    (feature) => ({
      name: feature.properties.NAME,
      code: feature.properties.ADM0_A3,
    }),
  ),
);
write(
  path.join(BASEMAP_DIR, "places.geojson"),
  pick(
    readGeoJson("ne_10m_populated_places_bbox25-50E_28-43N.geojson"),
    () => true,
    (feature) => ({
      name: feature.properties.NAME,
      rank: feature.properties.SCALERANK,
      capital: feature.properties.ADM0CAP === 1,
    }),
  ),
);
write(
  path.join(BASEMAP_DIR, "rivers.geojson"),
  pick(
    readGeoJson("ne_10m_euphrates_tigris.geojson"),
    () => true,
    (feature) => ({
      name: feature.properties._river,
    }),
  ),
);
const disputed = readGeoJson<AnyCollection>("golan_undof_shebaa_naturalearth.geojson");
write(path.join(BASEMAP_DIR, "context.geojson"), {
  type: "FeatureCollection",
  features: [
    ...pick(
      disputed,
      (feature) => feature.properties.NAME !== "Shebaa Farms",
      (feature) => ({
        name: feature.properties.NAME === "UNDOF Zone" ? "UNDOF area of separation" : "Golan Heights (Israeli-administered)",
        kind: feature.properties.NAME === "UNDOF Zone" ? "undof" : "golan",
      }),
    ).features,
    ...pick(boundaryLines, isCeasefireLine, () => ({ name: "1974 ceasefire line", kind: "ceasefire-line" })).features,
  ],
});
// The theatre at village level, for drawing a front line along its villages: OCHA's districts as
// lines (simplified to about 100 m, a tenth of the file) and its communities, ranked by the
// administrative seat each is (0 the capital … 3 a sub-district's centre, 4 a village).
const districtLines = readGeoJson<AnyCollection>("syr_adm2_ocha_cod_2020.geojson").features.flatMap((district) => {
  const lines = polygonToLine(simplify(district as Feature<Polygon | MultiPolygon>, { tolerance: 0.001 }));
  return (lines.type === "FeatureCollection" ? lines.features : [lines]).map((line) => ({
    ...line,
    properties: { name: district.properties.adm2_name },
  }));
});
write(
  path.join(BASEMAP_DIR, "districts.geojson"),
  truncate({ type: "FeatureCollection", features: districtLines } as AnyCollection, { precision: 4 }),
);
// A community the town layer already names (Natural Earth's "Manbij" beside OCHA's "Menbij") would
// be labelled twice: the town's label stands for both where it shows from zoom 8, as community labels
// first do (Natural Earth rank 9 or less: components/map/basemap-style.ts shows rank ≤ zoom + 1).
const towns = readGeoJson<AnyCollection>("ne_10m_populated_places_bbox25-50E_28-43N.geojson").features.filter(
  (town) => Number(town.properties.SCALERANK) <= 9,
);
const SAME_TOWN_KM = 3;
const communities = pick(
  readGeoJson("syr_admin4_point_ocha_2015.geojson"),
  (community) => {
    // OCHA writes each community as a MultiPoint of one point.
    const [position] = (community.geometry as MultiPoint).coordinates;
    return !towns.some((town) => distance(town as Feature<Point>, position) <= SAME_TOWN_KM);
  },
  (feature) => ({ name: feature.properties.NAME_EN, rank: feature.properties.CAPIT_LVL ?? 4 }),
);
console.log(`${communities.features.length} communities not already named as towns`);
write(path.join(BASEMAP_DIR, "communities.geojson"), communities);
console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
