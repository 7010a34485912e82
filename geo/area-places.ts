import { centerOfMass, centroid, featureCollection, multiLineString, nearestPointOnLine, union } from "@turf/turf";
import { SOUTHWEST_GOVERNORATES, type DistrictProps } from "./compose-regions";
import type { Area, FeatureCollection, Geometry } from "./types";

/**
 * A named area that news uses as a place: "northern Syria", defined by its governorates, or
 * "the Lebanon–Syria border", by the boundary line it runs along.
 */
export type AreaPlaceDefinition = {
  name: string;
  aliases: string[];
  precision: "country" | "admin1";
  countryCode: string;
} & (
  | {
      /** OCHA governorate P-codes (SY01 Damascus … SY14 Quneitra) the area is taken to cover. */
      governorates: string[];
    }
  | {
      /** The neighbour, as Natural Earth's boundary lines code it (adm0_a3), whose boundary with Syria the area runs along. */
      borderWith: string;
    }
);

/** Natural Earth's land boundary lines touching Syria (geo/sources, syria_boundary_lines_naturalearth.geojson). */
export type BoundaryLines = FeatureCollection<Geometry, { adm0_a3_l?: unknown; adm0_a3_r?: unknown }>;

export type AreaPlace = AreaPlaceDefinition & {
  lat: number;
  lon: number;
  coordinateSource: string;
};

const ALL_GOVERNORATES = Array.from({ length: 14 }, (_, index) => `SY${String(index + 1).padStart(2, "0")}`);

/**
 * Vague areas get a point so an event can sit on the map, marked with geo precision 3 and
 * drawn as approximate. The governorate lists are the usual reading of these phrases.
 */
export const AREA_PLACE_DEFINITIONS: AreaPlaceDefinition[] = [
  { name: "Syria", aliases: [], precision: "country", countryCode: "SY", governorates: ALL_GOVERNORATES },
  {
    name: "northern Syria",
    aliases: ["north Syria"],
    precision: "admin1",
    countryCode: "SY",
    governorates: ["SY02", "SY07", "SY11", "SY08"],
  },
  {
    name: "northeastern Syria",
    aliases: ["northeast Syria", "north-east Syria", "north-eastern Syria"],
    precision: "admin1",
    countryCode: "SY",
    governorates: ["SY08", "SY11"],
  },
  {
    name: "northwestern Syria",
    aliases: ["northwest Syria", "north-west Syria", "north-western Syria"],
    precision: "admin1",
    countryCode: "SY",
    governorates: ["SY07"],
  },
  { name: "eastern Syria", aliases: ["east Syria"], precision: "admin1", countryCode: "SY", governorates: ["SY09", "SY11", "SY08"] },
  // The Autonomous Administration's own name for the land it runs ("the Autonomous Administration of North and East Syria").
  {
    name: "northern and eastern Syria",
    aliases: ["north and east Syria", "north and east of Syria", "northern and eastern parts of Syria"],
    precision: "admin1",
    countryCode: "SY",
    governorates: ["SY09", "SY11", "SY08"],
  },
  { name: "central Syria", aliases: [], precision: "admin1", countryCode: "SY", governorates: ["SY04", "SY05"] },
  // The Badia: the steppe and desert east of the Homs–Damascus line, most of it in Homs and Deir ez-Zor governorates.
  {
    name: "Syrian desert",
    aliases: ["Syrian Badia", "Badia desert", "the Badia", "Badia region", "central Syrian desert", "eastern Syrian desert"],
    precision: "admin1",
    countryCode: "SY",
    governorates: ["SY04", "SY09"],
  },
  {
    name: "Syrian coast",
    aliases: [
      "coastal Syria",
      "Syria's coast",
      "Syria's coastal region",
      "Syria's coastal regions",
      "Syria's Mediterranean coast",
      "coastal region of Syria",
      "coastal regions of Syria",
    ],
    precision: "admin1",
    countryCode: "SY",
    // Lattakia and Tartous, the two governorates on the sea.
    governorates: ["SY06", "SY10"],
  },
  // "Southwest Syria" is the product's south-west region (geo/compose-regions.ts): the same three governorates.
  {
    name: "southern Syria",
    aliases: ["south Syria", "southwest Syria", "southwestern Syria", "south-west Syria", "south-western Syria"],
    precision: "admin1",
    countryCode: "SY",
    governorates: SOUTHWEST_GOVERNORATES,
  },
  {
    name: "Lebanon–Syria border",
    aliases: ["Syria–Lebanon border", "Syrian–Lebanese border", "Lebanese–Syrian border"],
    precision: "admin1",
    countryCode: "SY",
    borderWith: "LBN",
  },
];

/** Whether a Natural Earth boundary line runs between Syria and `neighbour` (its adm0_a3 code, "TUR", "LBN"). */
export const isSyriaBoundaryWith = (properties: { adm0_a3_l?: unknown; adm0_a3_r?: unknown }, neighbour: string): boolean =>
  [properties.adm0_a3_l, properties.adm0_a3_r].sort().join("-") === ["SYR", neighbour].sort().join("-");

/** The point of Syria's boundary with a neighbour nearest the boundary's centroid: on the border, near its middle. */
function onBorder(lines: BoundaryLines, neighbour: string): [number, number] {
  const coordinates = lines.features.flatMap(({ properties, geometry }) =>
    isSyriaBoundaryWith(properties, neighbour) && geometry.type === "MultiLineString" ? geometry.coordinates : [],
  );
  if (!coordinates.length) throw new Error(`no boundary line between Syria and ${neighbour}`);
  const line = multiLineString(coordinates);
  const [lon, lat] = nearestPointOnLine(line, centroid(line)).geometry.coordinates;
  return [lon, lat];
}

/**
 * Gives each area a point: a governorates' area the centre of mass of the union of their OCHA
 * districts, a border area the point of the Natural Earth boundary line nearest its centroid.
 */
export function locateAreaPlaces(
  districts: FeatureCollection<Area, DistrictProps>,
  boundaries: BoundaryLines,
  definitions = AREA_PLACE_DEFINITIONS,
): AreaPlace[] {
  return definitions.map((definition) => {
    if ("borderWith" in definition) {
      const [lon, lat] = onBorder(boundaries, definition.borderWith);
      return {
        ...definition,
        lat: Number(lat.toFixed(4)),
        lon: Number(lon.toFixed(4)),
        coordinateSource: `point of the Natural Earth 1:10m boundary line of the ${definition.name} nearest its centroid (approximate)`,
      };
    }
    const parts = districts.features.filter((district) => definition.governorates.includes(district.properties.adm1_pcode));
    const area = parts.length === 1 ? parts[0] : union(featureCollection<Area, DistrictProps>(parts));
    if (!area) throw new Error(`no districts for ${definition.name}`);
    const [lon, lat] = centerOfMass(area).geometry.coordinates;
    return {
      ...definition,
      lat: Number(lat.toFixed(4)),
      lon: Number(lon.toFixed(4)),
      coordinateSource:
        definition.governorates.length === ALL_GOVERNORATES.length
          ? "centre of mass of the country's OCHA governorates (approximate)"
          : `centre of mass of OCHA governorates ${definition.governorates.join(", ")} (approximate)`,
    };
  });
}
