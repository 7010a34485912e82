"use client";

import { useState, type FormEvent } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import { sendJson, useReviewerName } from "../dashboard/api-client";
import { FormFooter } from "./form-footer";
import { FormDialog } from "./form-dialog";

/** The map's pixels as a PNG, read inside a render so the frame is surely complete. */
function captureMap(map: MapLibreMap): Promise<string> {
  return new Promise((resolve) => {
    map.once("render", () => resolve(map.getCanvas().toDataURL("image/png")));
    map.triggerRepaint();
  });
}

/**
 * Freezes what the map shows now into a briefing: the drawn map as a PNG (the canvas keeps
 * its frame, see map-view.tsx), the view, the filters from the URL and the selected event.
 */
export function SaveBriefingForm({
  selectedEventId,
  onSaved,
  onClose,
}: {
  selectedEventId: number | undefined;
  onSaved: (id: number) => void;
  onClose: () => void;
}) {
  const [title, setTitle] = useState("");
  const [notes, setNotes] = useState("");
  const [reviewer, setReviewer] = useReviewerName();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const map = window.geobriefMap;
    if (!map) return setError("The map is not ready yet; try again in a moment.");
    setSaving(true);
    setError(null);
    try {
      const canvas = map.getCanvas();
      const { lng, lat } = map.getCenter();
      const { data } = await sendJson<{ id: number }>("POST", "/api/briefings", {
        title,
        notes,
        query: window.location.search.slice(1),
        view: { zoom: map.getZoom(), lat, lon: lng, bearing: map.getBearing() },
        imageSize: { width: canvas.clientWidth, height: canvas.clientHeight },
        selectedEventIds: selectedEventId ? [selectedEventId] : [],
        mapImage: await captureMap(map),
      });
      onSaved(data.id);
    } catch (failure) {
      setError((failure as Error).message);
      setSaving(false);
    }
  };

  return (
    <FormDialog id="save-briefing" title="Save briefing" onSubmit={submit} onClose={onClose}>
      <p className="hint">
        Saves the map as it is now, with its filters and the events they show, their quotes and sources. It will not change when the data
        does.
      </p>
      <label>
        Your name
        <input value={reviewer} onChange={(event) => setReviewer(event.target.value)} placeholder="e.g. J. Analyst" />
      </label>
      <label>
        Title
        <input value={title} onChange={(event) => setTitle(event.target.value)} maxLength={200} data-testid="briefing-title-input" />
      </label>
      <label>
        Analyst notes
        <textarea value={notes} onChange={(event) => setNotes(event.target.value)} rows={6} data-testid="briefing-notes-input" />
      </label>
      <FormFooter error={error} busy={saving} busyLabel="Saving…" submitLabel="Save briefing" onCancel={onClose} testId="save-briefing" />
    </FormDialog>
  );
}
