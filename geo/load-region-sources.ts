import { readFileSync } from "node:fs";
import path from "node:path";
import { chainLines } from "./chain-lines";
import { PEACE_SPRING_SUBDISTRICTS, type DistrictProps, type RegionSources } from "./compose-regions";
import type { Area, FeatureCollection, LineFeature, LonLat, MultiPoint } from "./types";

/** The upstream files, copied unchanged from their sources (docs/regions-and-sources.md). */
export const GEO_SOURCES_DIR = path.join(process.cwd(), "geo", "sources");

export function readGeoJson<T>(fileName: string, dir = GEO_SOURCES_DIR): T {
  return JSON.parse(readFileSync(path.join(dir, fileName), "utf8")) as T;
}

type RiverCollection = FeatureCollection<LineFeature["geometry"], { name: string }>;

function piecesNamed(rivers: RiverCollection, names: string[]): LonLat[][] {
  return rivers.features
    .filter((river) => names.includes(river.properties.name))
    .flatMap((river) => (river.geometry.type === "LineString" ? [river.geometry.coordinates] : river.geometry.coordinates)) as LonLat[][];
}

export function loadRegionSources(dir = GEO_SOURCES_DIR): RegionSources {
  const rivers = readGeoJson<RiverCollection>("ne_10m_euphrates_tigris.geojson", dir);
  // Natural Earth names the Syrian course "Al Furat" and the Iraqi one "Euphrates". The
  // northernmost end of the Syrian pieces is where the river enters from Türkiye.
  const syrianPieces = piecesNamed(rivers, ["Al Furat"]);
  const entry = syrianPieces
    .flatMap((piece) => [piece[0], piece[piece.length - 1]])
    .reduce((north, point) => (point[1] > north[1] ? point : north));
  const communities = readGeoJson<FeatureCollection<MultiPoint, { ADMIN3_COD: string }>>("syr_admin4_point_ocha_2015.geojson", dir);
  return {
    peaceSpringCommunities: communities.features
      .filter((community) => PEACE_SPRING_SUBDISTRICTS.includes(community.properties.ADMIN3_COD))
      .flatMap((community) => community.geometry.coordinates as LonLat[]),
    districts: readGeoJson<FeatureCollection<Area, DistrictProps>>("syr_adm2_ocha_cod_2020.geojson", dir),
    turkeySyriaBorder: readGeoJson<FeatureCollection<LineFeature["geometry"]>>("turkey_syria_border_naturalearth.geojson", dir).features[0],
    euphrates: chainLines([...syrianPieces, ...piecesNamed(rivers, ["Euphrates"])], entry),
  };
}
