/**
 * English spellings the sources lack, by gazetteer id. GeoNames alternate names cover
 * most (Kobani, Quneitra); these fill the gaps news English uses every day.
 */
export const PLACE_ALIASES: Record<string, string[]> = {
  // Syrian governorates (OCHA names: Dar'a, As-Sweida, Idleb, Al-Hasakeh, Deir-ez-Zor …).
  "admin1:SY01": ["Damascus"],
  "admin1:SY02": ["Aleppo"],
  "admin1:SY03": ["Rural Damascus", "Rif Dimashq", "Damascus countryside"],
  "admin1:SY04": ["Homs"],
  "admin1:SY05": ["Hama"],
  "admin1:SY06": ["Latakia", "Lattakia"],
  "admin1:SY07": ["Idlib", "Idleb"],
  "admin1:SY08": ["Hasakah", "Hasaka", "Al-Hasakah"],
  "admin1:SY09": ["Deir ez-Zor", "Deir Ezzor", "Deir al-Zor"],
  "admin1:SY10": ["Tartus", "Tartous"],
  "admin1:SY11": ["Raqqa", "Raqqah"],
  "admin1:SY12": ["Daraa", "Deraa", "Dara'a", "Dar'a"],
  "admin1:SY13": ["Sweida", "Suwayda", "As-Suwayda", "Suweida"],
  "admin1:SY14": ["Quneitra", "Qunaitra"],
  "country:TR": ["Türkiye", "Turkiye", "Turkey"],
  "country:SY": ["Syria"],
  "country:US": ["United States", "America"],
  "country:RU": ["Russia"],
  "country:IR": ["Iran"],
  "country:PS": ["Palestine", "Gaza Strip", "West Bank"],
  // Seats of power that stand for their city where a visit or talks happen ("arrived at the White House").
  "geonames:4140963": ["White House"],
  "geonames:524901": ["Kremlin"],
  "geonames:170654": ["People's Palace"],
  "geonames:323786": ["Beştepe", "Bestepe"],
  // Nabatieh, south Lebanon's largest town: GeoNames keeps it as its lower quarter's name only.
  "geonames:278913": ["Nabatieh", "Nabatiyeh", "Nabatiye"],
  // GeoNames' own name for the city the UN sits in.
  "geonames:5128581": ["New York"],
  "area:UNDOF Zone": ["UNDOF zone", "UN buffer zone", "area of separation"],
  "area:Golan Heights": ["Golan", "occupied Golan", "Israeli-occupied Golan Heights"],
};
