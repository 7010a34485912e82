/**
 * Next's start-up hook (it must live at the project root): prepares the server's database
 * (server/start-up.ts) once, before the first request is answered.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ getDb }, { prepareDatabase }] = await Promise.all([import("@/db/client"), import("@/server/start-up")]);
  prepareDatabase(getDb());
}
