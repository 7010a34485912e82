/**
 * Who may write, decided by the server itself from where it really listens, so `npm start`,
 * `next start` and `next dev` behave alike: listening on loopback only, anyone at this machine
 * may write; listening wider (a plain `next start` listens on every interface), only with
 * GEOBRIEF_EDIT_TOKEN. And which Host names a write may be addressed to (against DNS rebinding).
 */
import net from "node:net";

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1|\[::1\]|::ffff:127(?:\.\d{1,3}){3})$/i;

export const isLoopbackHost = (host: string) => LOOPBACK.test(host);

/** Set when nobody may write, saying why (shown in the dashboard and in 403 answers). */
export function readOnlyReasonFor(listening: string[], editToken: string | undefined): string | null {
  if (editToken || (listening.length > 0 && listening.every(isLoopbackHost))) return null;
  const where = listening.length ? listening.join(", ") : "an address it cannot tell";
  return `listening on ${where} beyond this machine with no GEOBRIEF_EDIT_TOKEN set: set one to allow edits`;
}

let known: net.AddressInfo[] = [];

/**
 * The addresses this process's HTTP servers listen on. Next passes its listening address to no
 * route handler (and `next dev` passes --hostname to its server by IPC, not argv), so the
 * listening sockets are asked directly; Node has no public list of them, hence _getActiveHandles.
 */
export function listeningAddresses(): net.AddressInfo[] {
  if (!known.length) {
    const handles = (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles?.() ?? [];
    known = handles
      .filter((handle): handle is net.Server => handle instanceof net.Server && handle.listening)
      .map((server) => server.address())
      .filter((address): address is net.AddressInfo => typeof address === "object" && address !== null);
  }
  return known;
}

/** Why this server is read-only, or null. GEOBRIEF_READ_ONLY forces it, with its text as the reason. */
export function serverReadOnlyReason(): string | null {
  return (
    process.env.GEOBRIEF_READ_ONLY ||
    readOnlyReasonFor(
      listeningAddresses().map(({ address }) => address),
      process.env.GEOBRIEF_EDIT_TOKEN,
    )
  );
}

/** The hostname of a Host header ("example.org:3000" → "example.org", "[::1]:3000" → "[::1]"), lower-cased. */
export function hostnameOf(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  return host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.replace(/:\d+$/, "");
}

/** The names this server answers to for writes: loopback, the configured HOST, and GEOBRIEF_ALLOWED_HOSTS (comma-separated). */
export function allowedHosts(): Set<string> {
  const configured = [process.env.HOST, ...(process.env.GEOBRIEF_ALLOWED_HOSTS ?? "").split(",")].filter((host): host is string =>
    Boolean(host?.trim()),
  );
  return new Set(["localhost", "127.0.0.1", "[::1]", ...configured.map(hostnameOf)]);
}

/** Where this server itself can be reached from this machine: for rendering its own pages (PDFs), never the Host a client sent. */
export function ownOrigin(): string {
  const [address] = listeningAddresses();
  if (!address) return `http://127.0.0.1:${process.env.PORT || 3000}`;
  const wildcard = address.address === "0.0.0.0" || address.address === "::";
  const host = wildcard ? "127.0.0.1" : address.family === "IPv6" ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}
