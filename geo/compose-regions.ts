import { convex, difference, featureCollection, intersect, multiPoint, simplify, union } from "@turf/turf";
import { bufferBorder } from "./buffer-border";
import { assertValidGeometry, repairedArea } from "./geometry-check";
import { keepLeftBank } from "./keep-left-bank";
import { REGION_DEFINITIONS } from "./region-definitions";
import type { Area, AreaFeature, FeatureCollection, LineFeature, LineString, LonLat, RegionFeature, ComposedRegionId } from "./types";

// A type alias, not an interface, so it stays assignable to GeoJSON's open properties.
export type DistrictProps = {
  adm2_pcode: string;
  adm2_name: string;
  adm1_pcode: string;
};

/** What the regions are built from; geo/load-region-sources.ts reads it from geo/sources/. */
export interface RegionSources {
  districts: FeatureCollection<Area, DistrictProps>;
  turkeySyriaBorder: LineFeature;
  /** The Euphrates from where it enters Syria to past the Iraqi border, source to mouth. */
  euphrates: LineString;
  /** OCHA community points of the sub-districts the Peace Spring strip covers. */
  peaceSpringCommunities: LonLat[];
}

/** OCHA district P-codes held whole by the SDF, October 2025 (geo/sources/SOURCES notes). */
const SDF_WHOLE_DISTRICTS = ["SY0800", "SY0802", "SY0803", "SY1103", "SY0206", "SY1102", "SY0804"];
/** Districts that straddle the Euphrates: the SDF holds their east (left) bank. */
const SDF_EAST_BANK_DISTRICTS = ["SY1101", "SY0901", "SY0902", "SY0903"];
/** Quneitra, Dar'a, As-Sweida governorates. */
export const SOUTHWEST_GOVERNORATES = ["SY14", "SY12", "SY13"];
/**
 * The sub-districts held by Turkish-backed forces since Operation Peace Spring (October
 * 2019): Tell Abiad and Suluk (Tell Abiad district), Ras Al Ain (Ras Al Ain district). Ain
 * Issa and Darbasiyah, south and east of them, stayed with the SDF (SOURCES.md notes).
 */
export const PEACE_SPRING_SUBDISTRICTS = ["SY110200", "SY110201", "SY080400"];

/**
 * About 200 m at Syria's latitude: well below what a region map at country scale can show,
 * and it keeps the three regions' GeoJSON small enough to send to every browser.
 */
const SIMPLIFY_TOLERANCE_DEGREES = 0.002;

function unionAll(areas: AreaFeature[]): AreaFeature {
  if (areas.length === 1) return areas[0];
  const merged = union(featureCollection(areas));
  if (!merged) throw new Error("union of the areas is empty");
  return merged;
}

function districtsWhere(sources: RegionSources, keep: (props: DistrictProps) => boolean): AreaFeature[] {
  const found = sources.districts.features.filter((district) => keep(district.properties));
  if (!found.length) throw new Error("no district matched");
  return found;
}

function finish(id: ComposedRegionId, area: AreaFeature): RegionFeature {
  // Simplifying and cutting along the river leave a hole crossing itself and slivers that GIS tools refuse.
  const simplified = simplify(area, { tolerance: SIMPLIFY_TOLERANCE_DEGREES });
  const geometry = repairedArea(simplified.geometry);
  return { type: "Feature", id, properties: REGION_DEFINITIONS[id], geometry };
}

/** Builds the three regions of docs/regions-and-sources.md from their cited sources. */
export function composeRegions(sources: RegionSources): RegionFeature[] {
  const pcodes = (list: string[]) => (props: DistrictProps) => list.includes(props.adm2_pcode);
  const syria = unionAll(sources.districts.features);
  const borderZone = bufferBorder(sources.turkeySyriaBorder, syria);

  // No sub-district polygons exist in the sources: the strip is the hull of those
  // sub-districts' communities, no deeper than the 30 km band the operation claimed.
  const communitiesHull = convex(multiPoint(sources.peaceSpringCommunities));
  if (!communitiesHull) throw new Error("too few Peace Spring communities for a hull");
  const strip = intersect(featureCollection<Area>([borderZone, communitiesHull]));
  if (!strip) throw new Error("the Peace Spring strip does not overlap the border zone");
  const eastBank = districtsWhere(sources, pcodes(SDF_EAST_BANK_DISTRICTS)).map((district) => {
    const kept = keepLeftBank(district, sources.euphrates);
    if (!kept) throw new Error(`district ${district.properties?.adm2_pcode} has no east bank`);
    return kept;
  });
  const sdfHeld = difference(
    featureCollection<Area>([unionAll([...districtsWhere(sources, pcodes(SDF_WHOLE_DISTRICTS)), ...eastBank]), strip]),
  );
  if (!sdfHeld) throw new Error("the SDF area is empty after removing the Peace Spring strip");

  const southwest = unionAll(districtsWhere(sources, (props) => SOUTHWEST_GOVERNORATES.includes(props.adm1_pcode)));

  const regions = [finish("sdf-northeast", sdfHeld), finish("turkey-syria-border", borderZone), finish("southwest-syria", southwest)];
  assertValidGeometry(regions, "regions");
  return regions;
}
