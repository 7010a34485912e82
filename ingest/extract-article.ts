import { isLocative } from "./extract/context";
import { findActors } from "./extract/actors";
import { findDates } from "./extract/dates";
import { findEvents } from "./extract/events";
import { findPlaceCandidates, resolvePlaces, sentenceAt, toPlaceMention } from "./extract/places";
import { findRegionMentions } from "./extract/regions";
import type { ActorMention, ArticleMeta, Extraction, PlaceMention } from "./extract/types";
import { loadGazetteer, type Gazetteer } from "./gazetteer";
import { splitSentences } from "./sentences";

const overlapping = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Turns an article body into places, region mentions, actors, dates and events, each tied
 * to its span. Offline and deterministic: the same body and metadata give the same answer.
 */
export function extractArticle(body: string, article: ArticleMeta = {}, gazetteer: Gazetteer = loadGazetteer()): Extraction {
  const sentences = splitSentences(body);
  const regions = findRegionMentions(body, sentences);
  let actors = findActors(body, article.published);
  const { dates, unresolved } = findDates(body, article.published);

  // A name that is both a place and an actor ("Damascus", "Russia") is a place where used
  // as one ("fled to Russia") and an actor otherwise ("Damascus welcomed"). Countries,
  // capitals and vague areas need a locative use; so does a place inside a region phrase.
  const candidates = findPlaceCandidates(body, gazetteer);
  const resolved = resolvePlaces(candidates);
  const places: PlaceMention[] = [];
  const displaced = new Set<ActorMention>();
  for (const candidate of candidates) {
    const entry = resolved.get(candidate)!;
    const locative = isLocative(body, candidate.start, sentenceAt(sentences, candidate.start).start);
    const actorsHere = actors.filter((actor) => overlapping(actor, candidate));
    const inRegionPhrase = regions.some((region) => overlapping(region, candidate));
    const vague = entry.precision === "country" || entry.precision === "admin1";
    if ((actorsHere.length || inRegionPhrase || vague) && !locative) continue;
    for (const actor of actorsHere) displaced.add(actor);
    places.push(toPlaceMention(body, candidate, entry));
  }
  actors = actors.filter((actor) => !displaced.has(actor));

  const warnings = unresolved.length
    ? [`no publication date: ${unresolved.length} relative date(s) left unresolved (${unresolved.slice(0, 3).join(", ")})`]
    : [];
  return {
    article,
    places,
    regions,
    actors,
    dates,
    events: findEvents({ sentences, actors, places, dates, published: article.published }),
    warnings,
  };
}
