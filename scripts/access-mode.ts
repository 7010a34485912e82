/**
 * Who may write, decided once at start-up from where the server listens and whether an edit
 * token is set: on localhost anyone at the machine may; beyond it, only with the token.
 */
export interface AccessMode {
  /** Set when nobody may write, saying why (shown in the dashboard and in 403 answers). */
  readOnlyReason: string | null;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i;

export function accessModeFor(host: string, editToken: string | undefined): AccessMode {
  if (editToken || LOOPBACK.test(host)) return { readOnlyReason: null };
  return { readOnlyReason: `listening on ${host} beyond this machine with no GEOBRIEF_EDIT_TOKEN set: set one to allow edits` };
}
