/**
 * Next's start-up hook (it must live at the project root): prepares the server's database
 * (server/start-up.ts) once, before the first request is answered, then groups reports stored
 * before incidents existed between requests.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ getDb }, { prepareDatabase, groupStoredReportsInBackground }] = await Promise.all([
    import("@/db/client"),
    import("@/server/start-up"),
  ]);
  prepareDatabase(getDb());
  groupStoredReportsInBackground(getDb()).catch((error) => console.error(`incidents: grouping stored reports failed: ${error}`));
}
