/**
 * Reads a reviewer's request (edit an event, or add one from a selected quote) into what
 * db/queries/review.ts applies: ids checked against the registries, places looked up in
 * the gazetteer, every problem named.
 */
import { z } from "zod";
import type { EventEdit, NewEventFromSelection } from "@/db/queries/review";
import { ACTOR_ROLES, EVENT_STATUSES, GEO_PRECISIONS, PLOVER_TYPES, precisionOfDate } from "@/lib/vocabulary";
import { gazetteerPlace } from "./gazetteer";
import { actorIdSchema } from "@/lib/actor-id";
import { plainText } from "@/lib/plain-text";

const fields = {
  type: z.enum(PLOVER_TYPES, { message: `one of ${PLOVER_TYPES.join(", ")}` }),
  date: z.string().refine((value) => precisionOfDate(value) !== undefined, "a date as YYYY, YYYY-MM or YYYY-MM-DD"),
  place: z.string().refine((id) => gazetteerPlace(id) !== undefined, "a gazetteer place id from /api/places"),
  geoPrecision: z.union(GEO_PRECISIONS.map((value) => z.literal(value)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>], {
    message: "1, 2 or 3",
  }),
  // Whether each actor exists is the database's to say (db/queries/actors.ts): imported actors count too.
  actors: z.array(z.tuple([actorIdSchema, z.enum(ACTOR_ROLES)])).max(20),
};

const editSchema = z
  .object({
    status: z.enum(EVENT_STATUSES).optional(),
    type: fields.type.optional(),
    date: fields.date.optional(),
    place: fields.place.optional(),
    geoPrecision: fields.geoPrecision.optional(),
    actors: fields.actors.optional(),
    quote: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
    notes: plainText().max(2000).optional(),
  })
  .strict()
  .refine((edit) => Object.keys(edit).length > 0, "at least one field to change");

const createSchema = z
  .object({
    articleId: z.number().int().positive(),
    start: z.number().int().min(0),
    end: z.number().int().positive(),
    type: fields.type,
    date: fields.date,
    place: fields.place,
    geoPrecision: fields.geoPrecision,
    actors: fields.actors,
  })
  .strict();

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue.path.length ? `"${issue.path.join(".")}"` : "request"}: ${issue.message}`;
}

const actorRoles = (actors: [string, (typeof ACTOR_ROLES)[number]][]) => actors.map(([actorId, role]) => ({ actorId, role }));

export function parseEventEdit(raw: unknown): Parsed<EventEdit> {
  const parsed = editSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  const { place, actors, ...rest } = parsed.data;
  return { ok: true, value: { ...rest, ...(place && { place: gazetteerPlace(place)! }), ...(actors && { actors: actorRoles(actors) }) } };
}

export function parseNewEvent(raw: unknown): Parsed<NewEventFromSelection> {
  const parsed = createSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  const { place, actors, ...rest } = parsed.data;
  return { ok: true, value: { ...rest, place: gazetteerPlace(place)!, actors: actorRoles(actors) } };
}
