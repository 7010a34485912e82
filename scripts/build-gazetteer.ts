/**
 * Builds geo/data/gazetteer.json, the place names the extractor resolves, from cited
 * sources: GeoNames cities500 with alternate names (SY TR IQ LB JO IL PS), the OCHA
 * community points and governorates of Syria, Natural Earth countries (world-atlas 1:50m)
 * with ISO names, the computed area places (geo/data/area-places.json) and the Golan/UNDOF
 * areas, the world's larger capitals (GeoNames PPLC rows of cities500) and its other cities of a million.
 * Part of `npm run geo:build`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { centerOfMass } from "@turf/turf";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import worldAtlas from "world-atlas/countries-50m.json" with { type: "json" };
import type { AreaPlace } from "@/geo/area-places";
import type { DistrictProps } from "@/geo/compose-regions";
import { AREA_PLACES_FILE, GEO_DATA_DIR } from "@/geo/data-files";
import { GEO_SOURCES_DIR, readGeoJson } from "@/geo/load-region-sources";
import type { Area, FeatureCollection, MultiPoint, Polygon } from "@/geo/types";
import { GAZETTEER_FILE, LOOKALIKES_FILE, indexGazetteer, type GazetteerEntry } from "@/ingest/gazetteer";
import { englishWords } from "@/ingest/english-words";
import { normaliseName, spellingOf } from "@/ingest/normalise-name";
import { PLACE_ALIASES } from "@/ingest/place-aliases";

const round = (value: number) => Number(value.toFixed(4));
/** Names in Latin script only: the articles are English; Cyrillic or Arabic forms never match. */
const LATIN = /^[\p{Script=Latin}0-9 '’‘`ʿʾ\-.()]+$/u;

/**
 * Capitals beyond the theatre that diplomacy happens in (Paris, Washington, Baku): GeoNames PPLC rows
 * of at least this many people, by their own names only. Smaller capitals are named like ordinary
 * words or people ("Male", "Victoria") and are seldom where this theatre's news happens.
 */
const WORLD_CAPITAL_MIN_POPULATION = 250_000;

function geonamesEntries(file: string, { alternates: withAlternates }: { alternates: boolean }): GazetteerEntry[] {
  const rows = readFileSync(path.join(GEO_SOURCES_DIR, file), "utf8").trim().split("\n");
  return rows.map((row) => {
    const column = row.split("\t");
    const [id, name, ascii, alternates] = column;
    const names = [name, ascii, ...(withAlternates ? alternates.split(",") : [])].filter(
      (candidate) => candidate.length >= 3 && LATIN.test(candidate),
    );
    return {
      id: `geonames:${id}`,
      name: ascii || name,
      // Its own name and ASCII form first, then the English aliases we add, then alternates.
      names: [...new Set([name, ascii, ...(PLACE_ALIASES[`geonames:${id}`] ?? []), ...names])],
      // Counted after the same set drops repeats: a name its ASCII form repeats is one own name, not two.
      primaryNames: new Set([name, ascii, ...(PLACE_ALIASES[`geonames:${id}`] ?? [])]).size,
      countryCode: column[8],
      lat: round(Number(column[4])),
      lon: round(Number(column[5])),
      precision: "city" as const,
      population: Number(column[14]) || 0,
      featureCode: column[7],
      admin1: `${column[8]}.${column[10]}`,
      source: `GeoNames ${id}`,
    };
  });
}

function ochaCommunityEntries(): Omit<GazetteerEntry, "primaryNames">[] {
  type Community = { NAME_EN: string; NAM_EN_REF: string; PCODE: string; ADMIN1_COD: string; LATITUDE: number; LONGITUDE: number };
  const communities = readGeoJson<FeatureCollection<MultiPoint, Community>>("syr_admin4_point_ocha_2015.geojson");
  return communities.features.map(({ properties: community }) => ({
    id: `ocha:${community.PCODE}`,
    name: community.NAME_EN,
    names: [...new Set([community.NAME_EN, community.NAM_EN_REF].filter((name) => name && LATIN.test(name)))],
    countryCode: "SY",
    lat: round(community.LATITUDE),
    lon: round(community.LONGITUDE),
    precision: "village" as const,
    population: 0,
    featureCode: "OCHA-COMMUNITY",
    admin1: community.ADMIN1_COD,
    source: `OCHA community ${community.PCODE}`,
  }));
}

/**
 * Governorates, each at the mean of its OCHA community points: where its people live, which news of
 * "the Homs countryside" means. The outline's centre of mass lies in empty desert for the large ones
 * (Homs's 150 km east of its towns, Rural Damascus's 100 km east of the belt around the capital).
 */
function governorateEntries(communities: { admin1: string | null; lat: number; lon: number }[]): Omit<GazetteerEntry, "primaryNames">[] {
  const districts = readGeoJson<FeatureCollection<Area, DistrictProps & { adm1_name: string }>>("syr_adm2_ocha_cod_2020.geojson");
  const codes = [...new Set(districts.features.map((district) => district.properties.adm1_pcode))];
  const aliasesOf = (code: string) => PLACE_ALIASES[`admin1:${code}`] ?? [];
  // "Rural Damascus", "Damascus countryside": an alias that already names the unit stands as it is, and is
  // no other governorate's ("Damascus countryside" is Rif Dimashq's, not the city governorate's "Damascus" + "countryside").
  const namesTheUnit = (alias: string) => /\b(?:countryside|rural|rif)\b/i.test(alias);
  const takenByAnother = (code: string, name: string) =>
    codes.some(
      (other) => other !== code && aliasesOf(other).some((alias) => namesTheUnit(alias) && alias.toLowerCase() === name.toLowerCase()),
    );
  return codes.map((code) => {
    const name = districts.features.find((district) => district.properties.adm1_pcode === code)!.properties.adm1_name;
    const settled = communities.filter((community) => community.admin1 === code);
    const lat = settled.reduce((sum, community) => sum + community.lat, 0) / settled.length;
    const lon = settled.reduce((sum, community) => sum + community.lon, 0) / settled.length;
    return {
      id: `admin1:${code}`,
      name,
      names: [
        ...new Set([
          ...aliasesOf(code).filter(namesTheUnit),
          ...[name, ...aliasesOf(code).filter((alias) => !namesTheUnit(alias))]
            .flatMap((base) => [`${base} Governorate`, `${base} province`, `${base} countryside`, `${base} desert`])
            .filter((unit) => !takenByAnother(code, unit)),
        ]),
      ],
      countryCode: "SY",
      lat: round(lat),
      lon: round(lon),
      precision: "admin1" as const,
      population: 0,
      featureCode: "ADM1",
      admin1: code,
      source: `mean of the ${settled.length} OCHA community points of governorate ${code} (approximate)`,
    };
  });
}

function countryEntries(): Omit<GazetteerEntry, "primaryNames">[] {
  const topology = worldAtlas as unknown as Topology;
  const world = feature(topology, topology.objects.countries) as unknown as FeatureCollection<Polygon, { name: string }>;
  return world.features.flatMap((country) => {
    const code = countries.numericToAlpha2(String(country.id));
    if (!code) return [];
    const [lon, lat] = centerOfMass(country).geometry.coordinates;
    const isoNames = countries.getNames("en", { select: "all" })[code] ?? [];
    return [
      {
        id: `country:${code}`,
        name: country.properties.name,
        // Bare two-letter codes ("US") are left to the actor registry, which matches them by case.
        names: [...new Set([country.properties.name, ...isoNames, ...(PLACE_ALIASES[`country:${code}`] ?? [])])].filter(
          (name) => name.length > 3,
        ),
        countryCode: code,
        lat: round(lat),
        lon: round(lon),
        precision: "country" as const,
        population: 0,
        featureCode: "COUNTRY",
        admin1: null,
        source: "centre of mass of the Natural Earth 1:50m outline (approximate)",
      },
    ];
  });
}

function areaEntries(): Omit<GazetteerEntry, "primaryNames">[] {
  const areas = JSON.parse(readFileSync(path.join(GEO_DATA_DIR, AREA_PLACES_FILE), "utf8")) as AreaPlace[];
  const disputed = readGeoJson<FeatureCollection<Polygon, { NAME: string }>>("golan_undof_shebaa_naturalearth.geojson");
  return [
    ...areas
      .filter((area) => area.precision !== "country")
      .map((area) => ({
        id: `area:${area.name}`,
        name: area.name,
        // The matcher reads "Syria's" as "Syria" (ingest/extract/places.ts): an alias's possessive is matched so.
        names: [area.name, ...area.aliases].map((name) => name.replace(/'s\b/g, "")),
        countryCode: area.countryCode,
        lat: area.lat,
        lon: area.lon,
        precision: area.precision,
        population: 0,
        featureCode: "AREA",
        admin1: null,
        source: area.coordinateSource,
      })),
    ...disputed.features.map((area) => {
      const [lon, lat] = centerOfMass(area).geometry.coordinates;
      return {
        id: `area:${area.properties.NAME}`,
        name: area.properties.NAME,
        names: [area.properties.NAME, ...(PLACE_ALIASES[`area:${area.properties.NAME}`] ?? [])],
        countryCode: "SY",
        lat: round(lat),
        lon: round(lon),
        precision: "admin2" as const,
        population: 0,
        featureCode: "AREA",
        admin1: "SY14",
        source: "centre of mass of the Natural Earth 1:10m disputed area (approximate)",
      };
    }),
  ];
}

/** Curated sources: every name they give is the place's own. */
const allPrimary = (entry: Omit<GazetteerEntry, "primaryNames">): GazetteerEntry => ({ ...entry, primaryNames: entry.names.length });
const communities = ochaCommunityEntries();
const entries = [
  ...[...countryEntries(), ...governorateEntries(communities), ...areaEntries(), ...communities].map(allPrimary),
  ...geonamesEntries("cities500_SY_TR_IQ_LB_JO_IL_PS.txt", { alternates: true }),
  ...geonamesEntries("capitals_pplc_geonames_world.txt", { alternates: false }).filter(
    (capital) => capital.population >= WORLD_CAPITAL_MIN_POPULATION,
  ),
  // Jeddah, Munich, New York: where talks on the theatre are held beyond its capitals (the extractor takes them only as used as places).
  ...geonamesEntries("cities_1m_geonames_world.txt", { alternates: false }),
];
writeFileSync(path.join(GEO_DATA_DIR, GAZETTEER_FILE), JSON.stringify(entries) + "\n");
console.log(`wrote geo/data/${GAZETTEER_FILE}: ${entries.length} places`);

/**
 * The keys English words share with a place not spelt as them ("door" has Ad Dur's key, "agree" Ağrı's):
 * the words of the English model wink-nlp ships (87,593 lexemes), against the index just built. The
 * extractor reads a lone word under such a key as a place only if spelt as one (ingest/extract/places.ts).
 */
const index = indexGazetteer(entries);
const lookalikes = new Set<string>();
for (const word of englishWords()) {
  const key = normaliseName(word);
  const found = index.byName.get(key);
  if (found?.some(({ entry }) => !entry.names.some((name) => spellingOf(name) === word))) lookalikes.add(key);
}
writeFileSync(path.join(GEO_DATA_DIR, LOOKALIKES_FILE), JSON.stringify([...lookalikes].sort()) + "\n");
console.log(`wrote geo/data/${LOOKALIKES_FILE}: ${lookalikes.size} place keys English words also have`);
