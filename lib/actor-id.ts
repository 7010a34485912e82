/**
 * One rule for actor ids wherever one is read or made: the registry's ("TUR", "SYR-ASSAD"),
 * an imported actor's ("HAMZA-DIVISI-2"), a filter's, a region's holder. Upper-case words of
 * letters and digits joined by hyphens, at most 24 characters.
 */
import { z } from "zod";

const ACTOR_ID_PATTERN = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/;
const MAX_ACTOR_ID_LENGTH = 24;

export const isActorId = (value: string) => value.length <= MAX_ACTOR_ID_LENGTH && ACTOR_ID_PATTERN.test(value);

export const actorIdSchema = z.string().refine(isActorId, "an actor id such as TUR, SYR-ASSAD or an imported actor's id");
