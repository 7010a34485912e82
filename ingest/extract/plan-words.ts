/**
 * The words that put a happening later than the report: "will strike", "is expected to sign",
 * "plans to visit". One list, read three ways: the tagger's aspect of a verb (verb-triggers.ts),
 * a worded trigger's tense (events.ts) and a weekday's direction (dates.ts).
 */

/** Auxiliaries of the future: "will meet", "shall withdraw". */
export const FUTURE_AUXILIARIES = ["will", "shall"];

/** Words of planning an infinitive follows: "expected to sign", "plans to visit", "is set to host". */
export const PLANNING_WORDS = ["expected", "set", "due", "scheduled", "slated", "planning", "plan", "plans", "intend", "intends", "going"];

/** The alternation of both, "to" after a planning word, as a regular expression's source. */
export const PLAN_PHRASE = String.raw`(?:${FUTURE_AUXILIARIES.join("|")}|(?:${PLANNING_WORDS.join("|")})\s+to)`;
