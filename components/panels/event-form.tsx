"use client";

import { useState, type FormEvent } from "react";
import type { ActorWithCount } from "@/db/queries/actors";
import {
  ACTOR_ROLES,
  GEO_PRECISION_LABELS,
  GEO_PRECISIONS,
  PLOVER_TYPES,
  precisionOfDate,
  type ActorRole,
  type GeoPrecision,
  type PloverType,
} from "@/lib/vocabulary";
import { PlacePicker, type PlaceChoice } from "./place-picker";

export interface EventFormValues {
  type: PloverType;
  date: string;
  place: PlaceChoice | null;
  geoPrecision: GeoPrecision;
  actors: [string, ActorRole][];
}

/** The fields of an event a reviewer sets: type, date at its precision, place, actors with roles. */
export function EventForm({
  initial,
  actors,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: EventFormValues;
  actors: ActorWithCount[];
  submitLabel: string;
  onSubmit: (values: EventFormValues & { place: PlaceChoice }) => Promise<void>;
  onCancel: () => void;
}) {
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!precisionOfDate(values.date)) return setError("Date: give YYYY, YYYY-MM or YYYY-MM-DD (the form sets the precision).");
    if (!values.place) return setError("Place: search and pick one.");
    setSaving(true);
    setError(null);
    try {
      await onSubmit({ ...values, place: values.place });
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="event-form" onSubmit={submit} data-testid="event-form">
      <label>
        Type
        <select value={values.type} onChange={(event) => set("type", event.target.value as PloverType)} data-testid="form-type">
          {PLOVER_TYPES.map((type) => (
            <option key={type}>{type}</option>
          ))}
        </select>
      </label>
      <label>
        Date <span className="muted">(YYYY, YYYY-MM or YYYY-MM-DD)</span>
        <input
          value={values.date}
          onChange={(event) => set("date", event.target.value.trim())}
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
          required
          data-testid="form-date"
        />
      </label>
      <div className="field">
        <span>Place{values.place && <strong>: {values.place.name}</strong>}</span>
        <PlacePicker value={values.place} onChange={(place) => set("place", place)} />
      </div>
      <label>
        Geo precision
        <select value={values.geoPrecision} onChange={(event) => set("geoPrecision", Number(event.target.value) as GeoPrecision)}>
          {GEO_PRECISIONS.map((precision) => (
            <option key={precision} value={precision}>
              {precision} — {GEO_PRECISION_LABELS[precision]}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Actors (initiator first)</legend>
        {values.actors.map(([actorId, role], index) => (
          <div key={index} className="actor-row">
            <select
              value={actorId}
              aria-label={`Actor ${index + 1}`}
              onChange={(event) =>
                set(
                  "actors",
                  values.actors.map((row, at) => (at === index ? [event.target.value, row[1]] : row)),
                )
              }
            >
              {actors.map((actor) => (
                <option key={actor.id} value={actor.id}>
                  {actor.name}
                </option>
              ))}
            </select>
            <select
              value={role}
              aria-label={`Role of actor ${index + 1}`}
              onChange={(event) =>
                set(
                  "actors",
                  values.actors.map((row, at) => (at === index ? [row[0], event.target.value as ActorRole] : row)),
                )
              }
            >
              {ACTOR_ROLES.map((option) => (
                <option key={option}>{option}</option>
              ))}
            </select>
            <button
              type="button"
              className="link"
              onClick={() =>
                set(
                  "actors",
                  values.actors.filter((_, at) => at !== index),
                )
              }
              aria-label={`Remove actor ${index + 1}`}
            >
              remove
            </button>
          </div>
        ))}
        <button
          type="button"
          className="link"
          onClick={() => set("actors", [...values.actors, [actors[0]?.id ?? "TUR", values.actors.length ? "target" : "initiator"]])}
        >
          Add actor
        </button>
      </fieldset>
      {error && (
        <p className="status status-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={saving} data-testid="form-submit">
          {saving ? "Saving…" : submitLabel}
        </button>
        <button type="button" className="link" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
