import type { FormEvent, ReactNode } from "react";

/** A modal form over the dashboard: its title heads it, Escape closes it (the Add article, Save briefing and Import dialogs). */
export function FormDialog({
  id,
  title,
  onSubmit,
  onClose,
  children,
}: {
  /** Names the form (`<id>-form`, its test id) and its title (`<id>-title`). */
  id: string;
  title: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <div className="dialog-backdrop" role="presentation" onKeyDown={(event) => event.key === "Escape" && onClose()}>
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onSubmit={onSubmit}
        data-testid={`${id}-form`}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        {children}
      </form>
    </div>
  );
}
