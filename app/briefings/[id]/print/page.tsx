import { BriefingDocument } from "@/components/briefing/briefing-document";
import { parsePrintOptions } from "@/components/briefing/print-options";
import { loadBriefingOr404 } from "../../load-briefing";

export const dynamic = "force-dynamic";

/** The briefing laid out for paper: A4 or US Letter, portrait or landscape (?paper=&orientation=). */
export default async function BriefingPrintPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const briefing = loadBriefingOr404((await params).id);
  const options = parsePrintOptions(new URLSearchParams(await searchParams));
  const { paper, orientation } = options.ok ? options.value : { paper: "a4", orientation: "portrait" };
  return (
    <main className={`briefing-print paper-${paper} ${orientation}`}>
      <style>{`@page { size: ${paper === "letter" ? "letter" : "A4"} ${orientation}; margin: 14mm 14mm 16mm; }`}</style>
      <BriefingDocument briefing={briefing} handling={process.env.GEOBRIEF_HANDLING || null} />
    </main>
  );
}
