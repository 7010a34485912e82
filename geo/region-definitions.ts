import type { ComposedRegionId, RegionProps, SourceCitation } from "./types";

/** Citations of the upstream data in geo/sources/ (provenance: docs/regions-and-sources.md). */
export const CITATIONS = {
  ochaDistricts: {
    title: "Syrian Arab Republic – Subnational Administrative Boundaries (COD-AB), admin level 2, valid 2020-12-17",
    publisher: "OCHA, via HDX",
    url: "https://data.humdata.org/dataset/cod-ab-syr",
    licence: "CC BY 3.0 IGO",
  },
  naturalEarthBoundaries: {
    title: "Natural Earth 1:10m Admin 0 – boundary lines (land)",
    publisher: "Natural Earth",
    url: "https://www.naturalearthdata.com/downloads/10m-cultural-vectors/",
    licence: "public domain",
  },
  naturalEarthRivers: {
    title: "Natural Earth 1:10m rivers and lake centerlines v4.0 (Euphrates / Al Furat)",
    publisher: "Natural Earth",
    url: "https://www.naturalearthdata.com/downloads/10m-physical-vectors/",
    licence: "public domain",
  },
  naturalEarthDisputed: {
    title: "Natural Earth 1:10m Admin 0 – breakaway and disputed areas (UNDOF Zone, Golan Heights)",
    publisher: "Natural Earth",
    url: "https://www.naturalearthdata.com/downloads/10m-cultural-vectors/",
    licence: "public domain",
  },
  ochaCommunities: {
    title: "Syrian Arab Republic – populated places (admin level 4 points), 2015",
    publisher: "OCHA",
    url: "https://data.humdata.org/dataset/cod-ab-syr",
    licence: "CC BY 3.0 IGO",
  },
} satisfies Record<string, SourceCitation>;

/**
 * The three regions of the product card, as of October 2025 (docs/regions-and-sources.md). Geometry is
 * computed by composeRegions(); what is written here is what a reader needs to judge it.
 */
export const REGION_DEFINITIONS: Record<ComposedRegionId, RegionProps> = {
  "sdf-northeast": {
    id: "sdf-northeast",
    name: "SDF-held north and east Syria",
    kind: "control-area",
    controllingActor: "SDF",
    status: "approximate",
    // Manbij, the last change this outline reflects, was taken by Turkish-backed forces in
    // December 2024 (docs/regions-and-sources.md).
    validFrom: "2024-12",
    validTo: null,
    basis:
      "Approximation composed from OCHA districts: Al-Hasakeh, Quamishli, Al-Malikeyyeh, Ath-Thawrah (Tabqa), " +
      "Ain Al Arab (Kobani), Tell Abiad and Ras Al Ain, plus the Euphrates' east bank of the Ar-Raqqa, " +
      "Deir-ez-Zor, Al Mayadin and Abu Kamal districts (cut along the Natural Earth river line). Minus the " +
      "Operation Peace Spring strip held by Turkish-backed forces since October 2019, taken as the hull of the " +
      "OCHA communities of the Tell Abiad, Suluk and Ras Al Ain sub-districts within 30 km of the border; " +
      "Manbij district is left out. " +
      "Front lines are not surveyed: edges are accurate to district, not village, level.",
    sources: [CITATIONS.ochaDistricts, CITATIONS.naturalEarthRivers, CITATIONS.naturalEarthBoundaries, CITATIONS.ochaCommunities],
  },
  "turkey-syria-border": {
    id: "turkey-syria-border",
    name: "Türkiye–Syria border zone (30 km, Syrian side)",
    kind: "border-zone",
    controllingActor: null,
    status: "assessed",
    validFrom: null,
    validTo: null,
    basis:
      "Computed, not drawn: the Natural Earth 1:10m Türkiye–Syria boundary line (about 910 km) buffered by 30 km " +
      "with turf and clipped to Syria (union of the OCHA districts). 30 km is the depth Türkiye has long named " +
      "for its proposed safe zone.",
    sources: [CITATIONS.naturalEarthBoundaries, CITATIONS.ochaDistricts],
  },
  "southwest-syria": {
    id: "southwest-syria",
    name: "Israel-facing south-west Syria",
    kind: "buffer",
    controllingActor: null,
    status: "assessed",
    validFrom: null,
    validTo: null,
    basis:
      "The Quneitra, Dar'a and As-Sweida governorates (union of their OCHA districts): the provinces Israel " +
      "demanded be demilitarised in February 2025. Shown with the UNDOF area of separation and the 1974 " +
      "ceasefire line (Natural Earth) as context.",
    sources: [CITATIONS.ochaDistricts, CITATIONS.naturalEarthDisputed, CITATIONS.naturalEarthBoundaries],
  },
};
