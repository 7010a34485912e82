import type { ReactNode } from "react";

/** The loading, empty and error states every list and panel shows, in one look. */
export function StatusMessage({
  kind,
  children,
  action,
}: {
  kind: "loading" | "empty" | "error";
  children: ReactNode;
  action?: { label: string; onClick: () => void };
}) {
  return (
    <div className={`status status-${kind}`} role={kind === "error" ? "alert" : "status"} data-testid={`status-${kind}`}>
      <p>{children}</p>
      {action && (
        <button type="button" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  );
}
