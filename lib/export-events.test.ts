import { describe, expect, it } from "vitest";
import { EXPORT_COLUMNS, csvRows, eventsToCsv, type ExportEvent } from "@/lib/export-events";

const event: ExportEvent = {
  id: 7,
  type: "AGREE",
  dateValue: "2025-03",
  datePrecision: "month",
  dateStart: "2025-03-01",
  place: "Damascus",
  countryCode: "SY",
  admin1: null,
  lat: 33.5,
  lon: 36.3,
  geoPrecision: 1,
  status: "confirmed",
  notes: 'Said "yes", then left',
  actors: [
    { name: "Syria", role: "initiator" },
    { name: "SDF", role: "target" },
  ],
  quote: '=HYPERLINK("http://evil")',
  outlet: "Test wire",
  url: "https://example.org/a",
  fatalities: null,
  sourceKind: "article",
  changedAt: "2025-03-02T10:00:00.000Z",
  acled: null,
  incidentId: 3,
  incidentReports: 2,
  independentSources: 1,
  outlets: "Test wire (F); Reprint Daily (B)",
  credibility: 3,
};

describe("ACLED-style CSV", () => {
  it("quotes cells per RFC 4180 and never lets text become a spreadsheet formula", () => {
    expect(csvRows([['a "b", c', "=1+1", "-5", -5, null, "x\ry"]])).toBe(`"a ""b"", c",'=1+1,'-5,-5,,"x\ry"\r\n`);
  });

  it("writes ACLED's 31 columns first, then PLOVER type, quote and source, one row per event", () => {
    const [header, row] = eventsToCsv([event]).trim().split("\r\n");
    expect(header.split(",").slice(0, 31).join(",")).toBe(
      "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2," +
        "interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp",
    );
    expect(header.split(",")).toEqual([...EXPORT_COLUMNS]);
    expect(row).toContain(
      "SYR7,2025-03-01,2025,3,Strategic developments,Strategic developments,Agreement,Syria,,,SDF,,,,,760,Middle East,Syria,",
    );
    expect(row).toContain(`,,${Date.parse(event.changedAt) / 1000},AGREE,"'=HYPERLINK(""http://evil"")"`);
    // How its incident is sourced, last: two reports, one independent source (a wire and its reprint).
    expect(row.endsWith(",confirmed,2025-03,article,3,2,1,Test wire (F); Reprint Daily (B),3")).toBe(true);
  });

  it("writes a dataset event back as its ACLED row, with the fatalities the event holds", () => {
    const acled = {
      eventIdCnty: "SYR9001",
      timestamp: 1760000001,
      eventDate: "2025-02-02",
      timePrecision: 2,
      disorderType: "Political violence",
      eventType: "Battles",
      subEventType: "Armed clash",
      actor1: "Military Forces of Syria (2024-)",
      assocActor1: "",
      inter1: "1",
      actor2: "HTS: Hayat Tahrir al Sham",
      assocActor2: "",
      inter2: "2",
      interaction: "12",
      civilianTargeting: "",
      iso: "760",
      region: "Middle East",
      country: "Syria",
      admin1: "Daraa",
      admin2: "Daraa",
      admin3: "Daraa",
      location: "Daraa",
      source: "SANA",
      sourceScale: "National",
      notes: "Clashes.",
      tags: "",
    };
    const alone = { incidentId: null, incidentReports: 1, independentSources: 1, outlets: "", credibility: null };
    const [, row] = eventsToCsv([
      { ...event, ...alone, type: "ASSAULT", quote: null, url: null, sourceKind: "dataset", fatalities: 4, acled },
    ])
      .trim()
      .split("\r\n");
    expect(row).toBe(
      "SYR9001,2025-02-02,2025,2,Political violence,Battles,Armed clash,Military Forces of Syria (2024-),,1,HTS: Hayat Tahrir al Sham,,2,12,,760,Middle East,Syria," +
        "Daraa,Daraa,Daraa,Damascus,33.5,36.3,1,SANA,National,Clashes.,4,,1760000001,ASSAULT,,,confirmed,2025-03,dataset,,1,1,,",
    );
  });
});
