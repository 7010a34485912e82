import { centerOfMass, featureCollection, union } from "@turf/turf";
import type { DistrictProps } from "./compose-regions";
import type { Area, FeatureCollection } from "./types";

/** A named area that news uses as a place ("northern Syria"), defined by its governorates. */
export interface AreaPlaceDefinition {
  name: string;
  aliases: string[];
  precision: "country" | "admin1";
  countryCode: string;
  /** OCHA governorate P-codes (SY01 Damascus … SY14 Quneitra) the area is taken to cover. */
  governorates: string[];
}

export interface AreaPlace extends AreaPlaceDefinition {
  lat: number;
  lon: number;
  coordinateSource: string;
}

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
  { name: "central Syria", aliases: [], precision: "admin1", countryCode: "SY", governorates: ["SY04", "SY05"] },
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
  { name: "southern Syria", aliases: ["south Syria"], precision: "admin1", countryCode: "SY", governorates: ["SY12", "SY13", "SY14"] },
];

/** Gives each area the centre of mass of the union of its governorates' OCHA districts. */
export function locateAreaPlaces(districts: FeatureCollection<Area, DistrictProps>, definitions = AREA_PLACE_DEFINITIONS): AreaPlace[] {
  return definitions.map((definition) => {
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
