/** The end of every dialog form: the error (if any), the submit button and Cancel. */
export function FormFooter({
  error,
  busy,
  busyLabel,
  submitLabel,
  onCancel,
  testId,
}: {
  error: string | null;
  busy: boolean;
  busyLabel: string;
  submitLabel: string;
  onCancel: () => void;
  /** Prefix of the data-testids: `${testId}-error`, `${testId}-submit`. */
  testId: string;
}) {
  return (
    <>
      {error && (
        <p className="status status-error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy} data-testid={`${testId}-submit`}>
          {busy ? busyLabel : submitLabel}
        </button>
        <button type="button" className="link" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
