"use client";

import { useState, type FormEvent } from "react";
import { sendJson, useReviewerName } from "../dashboard/api-client";
import { FormFooter } from "./form-footer";
import { FormDialog } from "./form-dialog";

interface IngestAnswer {
  status: "stored" | "skipped";
  articleId: number;
  eventIds?: number[];
  warnings?: string[];
  reason?: string;
}

/**
 * Paste an article and its metadata; it goes through the same pipeline as the CLI, and its
 * draft events open for review. The text is stored verbatim and shown as plain text.
 */
export function AddArticleForm({ onStored, onClose }: { onStored: (articleId: number, message: string) => void; onClose: () => void }) {
  const [fields, setFields] = useState({ title: "", outlet: "", url: "", published: "", body: "" });
  const [reviewer, setReviewer] = useReviewerName();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const field = (name: keyof typeof fields) => ({
    value: fields[name],
    onChange: (event: { target: { value: string } }) => setFields((current) => ({ ...current, [name]: event.target.value })),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const { data } = await sendJson<IngestAnswer>("POST", "/api/articles", {
        ...fields,
        url: fields.url || null,
        published: fields.published || null,
      });
      const message =
        data.status === "skipped"
          ? `Not stored again: ${data.reason}.`
          : `Stored with ${data.eventIds?.length ?? 0} draft event(s) to review.${data.warnings?.length ? ` Note: ${data.warnings.join("; ")}.` : ""}`;
      onStored(data.articleId, message);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormDialog id="add-article" title="Add article" onSubmit={submit} onClose={onClose}>
      <label>
        Your name (for the review trail)
        <input value={reviewer} onChange={(event) => setReviewer(event.target.value)} placeholder="e.g. J. Analyst" />
      </label>
      <label>
        Title
        <input {...field("title")} placeholder="Defaults to the first line" data-testid="article-title" />
      </label>
      <div className="field-row">
        <label>
          Outlet
          <input {...field("outlet")} data-testid="article-outlet" />
        </label>
        <label>
          Published
          <input type="date" {...field("published")} data-testid="article-published" />
        </label>
      </div>
      <label>
        URL
        <input type="url" {...field("url")} placeholder="https://…" data-testid="article-url" />
      </label>
      <label>
        Text
        <textarea {...field("body")} rows={12} required data-testid="article-body-input" />
      </label>
      <p className="hint">Without a publication date, relative dates (“on Friday”) cannot be resolved and are flagged.</p>
      <FormFooter
        error={error}
        busy={saving}
        busyLabel="Extracting…"
        submitLabel="Add and extract"
        onCancel={onClose}
        testId="add-article"
      />
    </FormDialog>
  );
}
