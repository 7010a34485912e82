/**
 * ACLED's actor names to the one registry (the actors table): "Military Forces of Syria
 * (2024-)", "SDF: Syrian Democratic Forces", "Islamic State (Syria)". The naming rules are
 * ACLED's codebook's ("Actors"); the table of names is docs/acled.md. Names the registry lacks
 * become imported actors (ids the filters accept, lib/actor-id.ts) until an analyst maps the
 * name (db/queries/actor-mappings.ts), which every later import then follows.
 */
import type { GeobriefDb } from "@/db/client";
import { listActorNameMappings } from "@/db/queries/actor-mappings";
import { createImportedActor, listRegistryNames } from "@/db/queries/import";
import { ASSAD_ERA_ACTOR, ASSAD_FALL, EXTRA_ALIASES } from "./extract/actor-lexicon";
import { normaliseName } from "./normalise-name";

/** ACLED's own names for registry actors that no alias of ours spells. */
const ACLED_NAMES: Record<string, string[]> = {
  DRUZE: ["Druze Militia", "Druze Communal Militia"],
  SNA: ["Syrian National Army"],
  ISIS: ["Islamic State", "Islamic State (Syria)"],
  USA: ["United States"],
};

/** ACLED's groups that are kinds of people, not actors (inter codes 5, 6, 7): "Civilians (Syria)". */
const PEOPLE = /^(civilians|protesters|rioters)\s*\(([^)]+)\)$/i;
/** "Military Forces of Syria (2024-) General Security": the state, the period of its rule, a unit. */
const STATE_FORCE = /^(?:military forces|police forces|government|state forces) of (?:the )?(.+?)\s*\((\d{4})-(\d{4})?\)/i;
/** "SDF: Syrian Democratic Forces" */
const ABBREVIATED = /^([^:]{2,12}):\s*(.+)$/;
/** "Islamic State (Syria)": a group, then the country ACLED files it under. */
const COUNTRY_SUFFIX = /^(.+?)\s*\(([^)]+)\)$/;

/** What an ACLED actor name is in our model: an actor of the registry, or a kind of people (a target, not an actor). */
export type AcledParticipant = { actorId: string } | { people: string };

export interface AcledActorReader {
  read(name: string, date: string): AcledParticipant;
  /** Imported actors made for names the registry lacks: "ID (name)", to list in the report. */
  created: string[];
}

export function acledActorReader(db: GeobriefDb): AcledActorReader {
  const byName = new Map<string, string>();
  const exact = new Set<string>();
  const remember = (name: string, id: string) => byName.set(normaliseName(name), id);
  for (const actor of listRegistryNames(db)) {
    for (const name of [actor.id, actor.name, ...actor.aliases, ...actor.members]) remember(name, actor.id);
    for (const name of [actor.id, actor.name]) exact.add(normaliseName(name));
  }
  for (const [id, names] of Object.entries(EXTRA_ALIASES)) for (const name of names) remember(name, id);
  for (const [id, names] of Object.entries(ACLED_NAMES))
    for (const name of names) {
      remember(name, id);
      exact.add(normaliseName(name));
    }
  // An analyst's mapping outranks every rule.
  const mapped = new Map(listActorNameMappings(db).map((mapping) => [normaliseName(mapping.name), mapping.actorId]));
  const created: string[] = [];

  /** Before 8 December 2024 the Syrian state was Assad's, unless the name itself says which. */
  const dated = (id: string, date: string, named: boolean) => (id === "SYR" && !named && date < ASSAD_FALL ? ASSAD_ERA_ACTOR : id);

  const known = (name: string, date: string): string | undefined => {
    const key = normaliseName(name);
    const id = byName.get(key);
    return id && dated(id, date, exact.has(key));
  };

  function ruled(name: string, date: string): string | undefined {
    const state = STATE_FORCE.exec(name);
    if (state) {
      const country = byName.get(normaliseName(state[1]));
      if (country !== "SYR") return country;
      // The period in the name says whose forces: one that ended by 2024 is Assad's, one begun in 2024 the transition's.
      if (state[3] && state[3] <= ASSAD_FALL.slice(0, 4)) return ASSAD_ERA_ACTOR;
      if (state[2] >= ASSAD_FALL.slice(0, 4)) return "SYR";
      return dated("SYR", date, false);
    }
    const abbreviated = ABBREVIATED.exec(name);
    if (abbreviated) return known(abbreviated[1], date) ?? known(abbreviated[2], date);
    const suffixed = COUNTRY_SUFFIX.exec(name);
    if (suffixed) return known(suffixed[1], date);
    return undefined;
  }

  return {
    created,
    read(name, date) {
      const people = PEOPLE.exec(name);
      if (people) return { people: `${people[1].toLowerCase()} (${people[2]})` };
      const key = normaliseName(name);
      const id = mapped.get(key) ?? known(name, date) ?? ruled(name, date);
      if (id) return { actorId: id };
      const made = createImportedActor(db, name);
      remember(name, made);
      exact.add(key);
      created.push(`${made} (${name})`);
      return { actorId: made };
    },
  };
}
