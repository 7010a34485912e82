/**
 * Whether a name at `start` is used as a location: after a locative preposition ("in
 * Damascus", "strikes on Quneitra"), after a motion verb + "to" ("fled to Russia"), or in
 * apposition to a place noun ("the Syrian capital Damascus", "the town of Qardaha").
 * Otherwise a capital or country name stands for its government ("Ankara said").
 */
const LOCATIVE = /(?:^|[\s(])(?:in|inside|into|within|across|throughout|near|outside|at|from|toward|towards|around|via|through|on|over|of|between|and)\s+(?:the\s+)?(?:[\p{L}'-]+\s+){0,2}$/iu;
const MOTION_TO =
  /\b(?:fled|flee|flew|fly|travel\w*|visit\w*|trip|went|go|going|return\w*|arriv\w*|deploy\w*|moved|headed|came|journey\w*|sent|delegation|shipments?|transferred|escaped)\b[^.;]{0,60}\bto\s+(?:the\s+)?(?:[\p{L}'-]+\s+){0,2}$/iu;
const PLACE_NOUN = /\b(?:capital|city|town|village|province|governorate|region|area|countryside|outskirts|suburb|district|border town|hometown)\s+(?:of\s+)?$/iu;

export function isLocative(body: string, start: number, sentenceStart: number): boolean {
  const before = body.slice(sentenceStart, start);
  return LOCATIVE.test(before) || MOTION_TO.test(before) || PLACE_NOUN.test(before);
}
