/**
 * What the registry (db/seed/actors.json) does not say but news English does: the
 * adjectives that stand for a state ("Turkish officials"), the nouns that make such an
 * adjective an actor, and when "Syrian government" meant Assad's.
 */
export const DEMONYMS: Record<string, string[]> = {
  TUR: ["Turkish"],
  SYR: ["Syrian"],
  ISR: ["Israeli"],
  RUS: ["Russian"],
  USA: ["American", "US", "U.S."],
  IRN: ["Iranian"],
  IRQ: ["Iraqi"],
  JOR: ["Jordanian"],
  LBN: ["Lebanese"],
  EU: ["European"],
};

/** Nouns that turn "<Demonym> …" into a state actor (titles may stand between: "Turkish National Defense Ministry"). */
export const INSTITUTIONS = [
  "government",
  "governments",
  "officials",
  "official",
  "ministry",
  "minister",
  "ministers",
  "army",
  "armed forces",
  "forces",
  "military",
  "troops",
  "soldiers",
  "delegation",
  "presidency",
  "president",
  "authorities",
  "intelligence",
  "navy",
  "air force",
  "warplanes",
  "jets",
  "drone",
  "drones",
  "artillery",
  "air defenses",
  "air defences",
  "fighter jets",
  "administration",
  "leadership",
  "counterpart",
  "counterparts",
  "police",
  "security forces",
  "embassy",
  "envoy",
  "diplomats",
  "spokesperson",
  "spokesman",
  "prime minister",
  "chief of staff",
  "general staff",
  "parliament",
  "commanders",
  "commander",
  "defense ministry",
  "defence ministry",
  "foreign ministry",
  "defense minister",
  "defence minister",
  "foreign minister",
  "defense ministers",
  "defence ministers",
  "foreign ministers",
  "state",
  "side",
  "regime",
  "institutions",
  "security services",
  // What a state sends stands for it: "a Russian cargo ship carrying wheat".
  "ship",
  "cargo ship",
  // What a force holds stands for it: "fired rockets at an Israeli position".
  "position",
  "positions",
  "outpost",
  "outposts",
];

/** Assad's rule ended on 8 December 2024: before it, "the Syrian government" is his. */
export const ASSAD_FALL = "2024-12-08";
export const ASSAD_ERA_ACTOR = "SYR-ASSAD";

/** Words that always mean Assad's state, whatever the date ("the former Syrian regime"). */
export const ASSAD_WORDS = ["regime", "former"];

/** Names news uses that the registry's starting list lacks. */
export const EXTRA_ALIASES: Record<string, string[]> = {
  SYR: [
    "Syria",
    "Syrian Arab Republic",
    "Syrian transitional government",
    "transitional government",
    "transitional administration",
    "interim government",
    "Syrian Ministry of Defense",
    "Syrian Defence Ministry",
  ],
  "SYR-ASSAD": ["Assad's regime", "Syrian regime", "former regime", "Baathist regime"],
  TUR: ["Turkish Armed Forces", "Turkish Defence Ministry"],
  SDF: [
    "Kurdish-led forces",
    "Kurdish-led Syrian Democratic Forces",
    "Kurdish-led administration",
    "Kurdish-led authorities",
    // The Autonomous Administration's internal security forces (the registry counts the administration as the SDF).
    "Asayish",
    "Asayesh",
    // Its full name holds a country's: the administration, not Syria's state.
    "Autonomous Administration of North and East Syria",
    "Autonomous Administration of Northeast Syria",
    "Autonomous Administration of North-East Syria",
  ],
  USA: [
    "Pentagon",
    "White House",
    "State Department",
    "US military",
    "U.S. military",
    "U.S.-led coalition",
    "US-led international coalition",
    "U.S.-led international coalition",
    // In this theatre the coalition against ISIS, which the US leads.
    "international coalition",
    "Operation Inherent Resolve",
    "Combined Joint Task Force – Operation Inherent Resolve",
    "CJTF-OIR",
  ],
  RUS: ["Russian Federation"],
  // The armed men of the community, as wires write them, and the religious leaders who speak for the factions
  // (Hikmat al-Hijri is one); "Druze civilians" are no faction.
  DRUZE: [
    "Druze gunmen",
    "Druze fighters",
    "Druze militiamen",
    "Druze armed groups",
    "Druze armed factions",
    "Druze religious leaders",
    "Druze spiritual leaders",
  ],
  // The Council and the UN's operating agencies, which act for it in the field (OCHA and UNHCR, which mostly report, are left out).
  UN: [
    "UN Security Council",
    "Security Council",
    "World Food Programme",
    "World Food Program",
    "WFP",
    "UNICEF",
    "World Health Organization",
    "UNRWA",
  ],
};

/**
 * The registry's actor a patron's backing names in this theatre: "Turkish-backed factions" are the
 * Syrian National Army's (its registry entry). Other patrons' proxies have no actor of their own.
 */
export const PROXY_OF: Record<string, string> = { TUR: "SNA" };

/** Members that are organisations, not people: no surname of theirs stands alone. */
export const NOT_PERSON = /\b(General|Security|Party|Forces|Council|Army|Committee|Unit|Directorate|\(|MIT)\b/;

/** The country whose capital a state actor speaks from, when an article does not say where. */
export const ACTOR_COUNTRY: Record<string, string> = {
  TUR: "TR",
  SYR: "SY",
  "SYR-ASSAD": "SY",
  ISR: "IL",
  IRQ: "IQ",
  JOR: "JO",
  LBN: "LB",
  USA: "US",
  RUS: "RU",
  IRN: "IR",
  // The Union speaks from Brussels.
  EU: "BE",
};

/** The state actor of a country code, today's (Syria's transitional government, not Assad's): ACTOR_COUNTRY read back. */
export const stateOfCountry = (country: string | undefined): string | undefined =>
  Object.entries(ACTOR_COUNTRY).find(([actor, code]) => code === country && actor !== ASSAD_ERA_ACTOR)?.[0];

/** Syria's state as of a publication day: Assad's before he fell, the transitional government's after. */
export const syrianStateAt = (actor: string, published: string | undefined): string =>
  actor === "SYR" && published && published < ASSAD_FALL ? ASSAD_ERA_ACTOR : actor;
