import type { DatePrecision } from "@/db/vocabulary";
import type { Sentence } from "../sentences";
import { EVENT_TRIGGERS } from "./event-triggers";
import type { ActorMention, DateMention, ExtractedEvent, PlaceMention } from "./types";

/** The capital's country, so a visit to it also involves its government. */
const CAPITAL_ACTORS: Record<string, string> = { "geonames:170654": "SYR", "geonames:323786": "TUR" };

const GEO_PRECISION: Record<PlaceMention["precision"], 1 | 2 | 3> = { site: 1, village: 1, city: 1, admin2: 2, admin1: 3, country: 3 };

const within = (sentence: Sentence) => (span: { start: number }) => span.start >= sentence.start && span.start < sentence.end;

interface EventInputs {
  sentences: Sentence[];
  actors: ActorMention[];
  places: PlaceMention[];
  dates: DateMention[];
  published?: string;
}

/**
 * One event per sentence that states one: a PLOVER trigger and at least one actor. The date
 * is the sentence's own (else the publication day, flagged as assumed); the place is the
 * sentence's, else the next sentence's or the previous one's (news often says where one
 * sentence later). Repeats of the same type, date and place are dropped.
 */
export function findEvents({ sentences, actors, places, dates, published }: EventInputs): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences) {
    const trigger = EVENT_TRIGGERS.map(({ type, pattern }) => ({ type, match: pattern.exec(sentence.text) })).find(({ match }) => match);
    if (!trigger?.match) continue;
    const sentenceActors = [...new Set(actors.filter(within(sentence)).map((mention) => mention.actor))];
    if (!sentenceActors.length) continue;

    const date = dates.find(within(sentence));
    if (!date && !published) continue;
    const place =
      places.find(within(sentence)) ??
      places.find(within(sentences[sentence.index + 1] ?? sentence)) ??
      [...places].reverse().find(within(sentences[sentence.index - 1] ?? sentence));
    if (!place) continue;

    const capitalActor = CAPITAL_ACTORS[place.placeId];
    if (trigger.type === "CONSULT" && capitalActor && !sentenceActors.includes(capitalActor)) sentenceActors.push(capitalActor);

    const value = date?.value ?? published!;
    const key = `${trigger.type}|${value}|${place.placeId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    events.push({
      type: trigger.type,
      date: value,
      datePrecision: (date?.precision ?? "day") as DatePrecision,
      dateAssumed: !date,
      place: place.name,
      placeId: place.placeId,
      lat: place.lat,
      lon: place.lon,
      geoPrecision: GEO_PRECISION[place.precision],
      actors: sentenceActors,
      evidence: { start: sentence.start, end: sentence.end, text: sentence.text },
      trigger: trigger.match[0],
    });
  }
  return events;
}
