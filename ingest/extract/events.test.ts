import { describe, expect, it } from "vitest";
import { extractArticle } from "../extract-article";
import { findVerbTriggers } from "./verb-triggers";

// Text written for these tests (not dev text), published on Friday 17 October 2025.
const eventsOf = (body: string, published = "2025-10-17") =>
  extractArticle(body, { published }).events.map((event) => `${event.type} ${event.date} ${event.place}`);
const withActorsOf = (body: string, published = "2025-10-17") =>
  extractArticle(body, { published }).events.map((event) => `${event.type} ${event.date} ${event.place} ${event.actors.join(",")}`);

describe("one draft per happening per article", () => {
  it("joins a headline and the lead that restates it, keeping the lead's stated day and the span of both", () => {
    const body =
      "Turkish drones strike SDF positions near Kobani\n\nTurkish drones struck SDF positions near Kobani on Wednesday, a war monitor said.";
    const { events } = extractArticle(body, { published: "2025-10-17" });
    expect(events.map((event) => `${event.type} ${event.date} ${event.place}`)).toEqual(["ASSAULT 2025-10-15 'Ayn al 'Arab"]);
    expect(events[0].evidence).toMatchObject({ start: 0, end: body.length });
    expect(events[0].restatedIn).toHaveLength(1);
  });

  it("reads 'the attack', 'the meeting' with no actor as a restatement, never as a happening of its own", () => {
    const { events } = extractArticle(
      'Turkish drones struck a car near Kobani on Tuesday. "We condemn the attack," a press association said.',
      { published: "2025-10-17" },
    );
    expect(events.map((event) => `${event.type} ${event.date} ${event.place}`)).toEqual(["ASSAULT 2025-10-14 'Ayn al 'Arab"]);
    expect(events[0].restatedIn).toHaveLength(1);
    expect(eventsOf('"We condemn the attack," a press association in Diyarbakir said on Tuesday.')).toEqual([]);
  });

  it("lets a reference back that joins nothing hide no later statement of the same kind", () => {
    expect(
      eventsOf("The attacks on the Syrian coast went on. Gunmen attacked villages on the Syrian coast on Tuesday, a monitor said."),
    ).toEqual(["ASSAULT 2025-10-14 Syrian coast"]);
  });

  it("joins a later placed report to an unplaced headline only under an initiator the headline names", () => {
    expect(
      eventsOf(
        "Erdogan, Sharaa discuss energy in phone call\nErdogan and Sharaa discussed energy in a phone call on Saturday, the presidency said.\n" +
          "Russia's deputy foreign minister held talks in Damascus on Saturday.",
        "2025-10-20",
      ),
    ).toEqual(["CONSULT 2025-10-18 Ankara", "CONSULT 2025-10-18 Damascus"]);
  });

  it("takes the state a strike is named after as its initiator, and no actor from a reaction to it", () => {
    const { events } = extractArticle(
      "Israeli strikes kill three near Daraa, Syria's health ministry says\n" +
        "Israeli air strikes killed three people near Daraa on Thursday, Syria's health ministry said.\n" +
        "Damascus condemned the attack and called on the UN Security Council to act.",
      { published: "2025-10-17" },
    );
    expect(events).toMatchObject([{ type: "ASSAULT", date: "2025-10-16", place: "Dar'a", actors: ["ISR", "SYR"] }]);
    expect(events[0].restatedIn).toHaveLength(2);
  });

  it("keeps two kinds of one family apart under different initiators: rebels moving in and a ruler fleeing", () => {
    expect(
      eventsOf("Rebel fighters of HTS entered Damascus on Sunday. Bashar al-Assad fled Damascus on Sunday, a monitor said.", "2024-12-08"),
    ).toEqual(["MOBILIZE 2024-12-08 Damascus", "RETREAT 2024-12-08 Damascus"]);
  });

  it("leaves an aside about someone out of a happening's actors, and takes the state a ruler fled to in", () => {
    expect(
      extractArticle("Bashar al-Assad, who ruled Syria for 25 years, fled to Russia last December.", { published: "2025-10-17" }).events,
    ).toMatchObject([{ type: "RETREAT", date: "2024-12", actors: ["SYR-ASSAD", "RUS"] }]);
  });

  it("reads a bare title as the person the sentence before named", () => {
    const { events } = extractArticle("Crowds gathered as Bashar al-Assad's rule ended. The former president fled Damascus on Sunday.", {
      published: "2024-12-08",
    });
    expect(events).toMatchObject([{ type: "RETREAT", date: "2024-12-08", place: "Damascus", actors: ["SYR-ASSAD"] }]);
  });

  it("takes a passive's agent for who acted: a depot destroyed by Syrian artillery restates the Syrian shelling", () => {
    const { events } = extractArticle(
      "Syrian forces shelled Hezbollah positions near Hermel on Monday. A Hezbollah depot near Hermel was destroyed by Syrian artillery fire.",
      { published: "2025-03-17" },
    );
    expect(events).toMatchObject([{ type: "ASSAULT", date: "2025-03-17", place: "El Hermel", actors: ["SYR", "HEZ"] }]);
    expect(events[0].restatedIn).toHaveLength(1);
  });

  it("keeps 'the strikes' where they were told, not at the next sentence's town, and the drones' state as the initiator", () => {
    const { events } = extractArticle(
      "Turkish drones struck SDF positions near Kobani, a war monitor said.\nThe SDF said the strikes killed two fighters.\nPrices rose in Aleppo.",
      { published: "2025-10-17" },
    );
    expect(events).toMatchObject([{ type: "ASSAULT", place: "'Ayn al 'Arab", actors: ["TUR", "SDF"] }]);
    expect(events[0].restatedIn).toHaveLength(1);
  });

  it("keeps two strikes apart when they hit places far from each other", () => {
    expect(
      eventsOf("Israeli jets struck a depot in Quneitra on Tuesday. Israeli jets also struck an airfield in Homs on Thursday."),
    ).toEqual(["ASSAULT 2025-10-14 Al Qunaytirah", "ASSAULT 2025-10-16 Homs"]);
  });

  it("keeps strikes on two towns of one district apart, and dates the undated one by the wave it belongs to", () => {
    const { events } = extractArticle(
      "Israeli warplanes struck an army depot in Damascus on Tuesday. Residents said the blasts shook windows. Markets stayed shut. " +
        "Later, Israeli drones struck a radar post near Douma, a monitor said.",
      { published: "2025-10-17" },
    );
    expect(events.map((event) => `${event.type} ${event.date} ${event.place}`)).toEqual([
      "ASSAULT 2025-10-14 Damascus",
      "ASSAULT 2025-10-14 Duma",
    ]);
    expect(events[1].reasons).toContain("date: no date stated: the day of the strikes by the same hand stated before (Damascus)");
  });

  it("keeps 'also' for one more happening, even at the same place", () => {
    expect(
      eventsOf(
        "Israeli jets struck the defence ministry in Damascus on Tuesday. Israel also said it hit a target near the palace in Damascus.",
      ),
    ).toEqual(["ASSAULT 2025-10-14 Damascus", "ASSAULT 2025-10-14 Damascus"]);
    // One more happening the next sentence places only stands in there: that sentence's own strike is not it again.
    expect(
      eventsOf(
        "Israeli jets struck Damascus on Tuesday. Israel also said it attacked a military target. It struck the army in Keswa, sources said.",
      ),
    ).toEqual(["ASSAULT 2025-10-14 Damascus", "ASSAULT 2025-10-14 Al Kiswah", "ASSAULT 2025-10-14 Al Kiswah"]);
  });

  it("takes neither a trigger nor a place from an aside on the subject", () => {
    expect(
      extractArticle(
        "Israel, which says it acts after clashes with Bedouin tribes in Sweida, said on Tuesday it struck an army depot in Damascus.",
        {
          published: "2025-10-17",
        },
      ).events,
    ).toMatchObject([{ type: "ASSAULT", date: "2025-10-14", place: "Damascus", trigger: "struck" }]);
  });

  it("takes a place named to find another by for no target: 'Deir Hafer, east of Aleppo'", () => {
    expect(eventsOf("The SDF shelled positions near Deir Hafer, east of Aleppo, on Wednesday.")).toEqual(["ASSAULT 2025-10-15 Dayr Hafir"]);
  });

  it("places a retreat by where it left, not where it headed; a strike on a column heading somewhere near there", () => {
    expect(eventsOf("SDF fighters pulled out toward Manbij from positions in Deir Hafer on Tuesday.")).toEqual([
      "RETREAT 2025-10-14 Dayr Hafir",
    ]);
    expect(eventsOf("Israeli aircraft struck tanks heading toward Sweida on Tuesday, the army said.")).toEqual([
      "ASSAULT 2025-10-14 As-Suwayda",
    ]);
  });

  it("drafts one event for each place a single sentence says was hit", () => {
    expect(eventsOf("Israel struck army positions in Quneitra and in Homs on Tuesday, the army said.")).toEqual([
      "ASSAULT 2025-10-14 Al Qunaytirah",
      "ASSAULT 2025-10-14 Homs",
    ]);
    // A governorate is a target of its own where the sentence adds it as one; a town "in Aleppo province" is not two.
    expect(
      eventsOf("Israel struck the army in Keswa on the outskirts of Damascus and in the southern governorate of Deraa on Tuesday."),
    ).toEqual(["ASSAULT 2025-10-14 Al Kiswah", "ASSAULT 2025-10-14 Dar'a"]);
    expect(eventsOf("Turkish drones struck Kobani in Aleppo province on Tuesday.")).toEqual(["ASSAULT 2025-10-14 'Ayn al 'Arab"]);
  });
});

describe("where a happening was", () => {
  it("does not place it where the speakers are", () => {
    expect(eventsOf("Sources in Jordan said Israeli drones struck a convoy in Quneitra on Tuesday.")).toEqual([
      "ASSAULT 2025-10-14 Al Qunaytirah",
    ]);
  });

  it("does not place it where the report was filed", () => {
    expect(eventsOf("BEIRUT, Lebanon — Turkish drones struck a village near Qamishli on Thursday.")).toEqual([
      "ASSAULT 2025-10-16 Al Qamishli",
    ]);
    // Strikes somewhere in the dateline's country are not at its desk: the country is all the text says.
    expect(eventsOf("BEIRUT (AP) — Israeli warplanes struck targets in Lebanon on Thursday, killing two people.")).toEqual([
      "ASSAULT 2025-10-16 Lebanon",
    ]);
  });

  it("drafts one strike at each town of 'the towns of X and Y', with the lead's day for the headline's", () => {
    expect(
      eventsOf(
        "Turkish drones hit SDF positions in Ain Issa and Tal Tamr\nTurkish drones struck SDF positions in the towns of Ain Issa and Tal Tamr on Saturday, the SDF said.",
      ),
    ).toEqual(["ASSAULT 2025-10-11 `Ayn `Isa", "ASSAULT 2025-10-11 Tall Tamr"]);
  });

  it("places a place the sentence refers back to ('deployed to the area') at the one told before, not the next", () => {
    expect(
      eventsOf(
        "Clashes broke out in Sweida province on Monday. Government forces were deployed to the area on Tuesday. The fighting spread to Daraa, residents said.",
      ),
    ).toEqual(["ASSAULT 2025-10-13 As-Sweida", "MOBILIZE 2025-10-14 As-Sweida", "ASSAULT 2025-10-13 Dar'a"]);
    expect(eventsOf("Government forces were deployed on Tuesday. Clashes broke out in Sweida province, residents said.")).toEqual([
      "MOBILIZE 2025-10-14 As-Sweida",
      "ASSAULT 2025-10-14 As-Sweida",
    ]);
  });

  it("places a deal no sentence places where the same parties' talks just told of were held, unless dated otherwise", () => {
    expect(
      eventsOf(
        "Syria's president received Jordan's foreign minister at the People's Palace in Damascus on Sunday. The Jordanian minister later met Syria's foreign minister, and the two signed a memorandum on water.",
      ),
    ).toEqual(["CONSULT 2025-10-12 Damascus", "AGREE 2025-10-12 Damascus"]);
    expect(
      eventsOf(
        "Jordan's foreign minister met Syria's foreign minister in Damascus on Sunday. They discussed the deal Jordan signed on 3 May.",
      ),
    ).toEqual(["CONSULT 2025-10-12 Damascus", "AGREE 2025-05-03 Amman"]);
    // The talks just told of are nearer the news than the desk the report was filed from.
    expect(
      eventsOf(
        "ANKARA, Türkiye — Turkey's foreign minister will travel to Damascus on Monday for talks with Syrian officials. He is expected to meet Syria's president.",
      ),
    ).toEqual(["CONSULT 2025-10-20 Damascus"]);
  });

  it("reads a capital as the place, not its government, when the words name a part of it", () => {
    expect(eventsOf("Israeli jets struck army compounds in the heart of Damascus on Tuesday, the army said.")).toEqual([
      "ASSAULT 2025-10-14 Damascus",
    ]);
  });

  it("knows the world's larger capitals, where diplomacy happens", () => {
    expect(eventsOf("Syria's foreign minister met French officials in Paris on Thursday.")).toEqual(["CONSULT 2025-10-16 Paris"]);
  });

  it("reads a named area as a place though it holds an actor's name: 'southern Syria' is no Syrian government", () => {
    expect(eventsOf("Israeli officials said on Tuesday that talks aimed at demilitarising southern Syria were under way.")).toEqual([
      "CONSULT 2025-10-14 southern Syria",
    ]);
    // The product's south-west region is the same three governorates.
    expect(eventsOf("Israeli forces carried out a raid in southwest Syria early on Friday, state media said.")).toEqual([
      "ASSAULT 2025-10-17 southern Syria",
    ]);
  });

  it("places a happening the sentences beside a dateline name a town for at that town, not the desk", () => {
    expect(
      eventsOf(
        "ISTANBUL (Reuters) - Gas started flowing into Syria via the Turkish town of Kilis on Saturday. Turkish officials opened the pipeline.",
      ),
    ).toEqual(["COOPERATE 2025-10-11 Kilis"]);
  });

  it("reads sanctions lifted as a concession, their target as no place, and a mention of sanctions as no event", () => {
    expect(
      eventsOf(
        "RIYADH (AP) - Trump said on Tuesday the United States will lift sanctions on Syria, speaking in Riyadh. He called sanctions a tool of the past.",
      ),
    ).toEqual(["CONCEDE 2025-10-14 Riyadh"]);
    expect(eventsOf("The EU imposed new sanctions on Syrian officials in Brussels on Tuesday.")).toEqual(["SANCTION 2025-10-14 Brussels"]);
  });

  it("reads 'the governorate of X' and 'the province of X' as the governorate, not its seat", () => {
    const { events } = extractArticle("Turkish artillery shelled villages in the northern province of Idlib on Tuesday.", {
      published: "2025-10-17",
    });
    expect(events).toMatchObject([{ type: "ASSAULT", date: "2025-10-14", placePrecision: "admin1" }]);
    expect(eventsOf("Israeli jets struck the governorate of Quneitra on Tuesday.")).toEqual(["ASSAULT 2025-10-14 Quneitra"]);
  });

  it("reads a seat of power as its city: a visit to the White House is in Washington", () => {
    const { events } = extractArticle("Al-Sharaa met Trump at the White House on Monday.", { published: "2025-10-17" });
    expect(events).toMatchObject([{ type: "CONSULT", date: "2025-10-13", place: "Washington" }]);
    // A surname's particle is capitalised where it opens a sentence.
    expect(events[0].actors).toContain("SYR");
  });

  it("places a statement of Washington, Moscow, Tehran or Brussels at its capital, and a meeting at its host's", () => {
    expect(eventsOf("Washington urged both sides to exercise restraint, a State Department spokesperson said on Tuesday.")).toEqual([
      "REQUEST 2025-10-14 Washington",
    ]);
    expect(eventsOf("Iran's foreign ministry rejected the accusations on Thursday.")).toEqual(["REJECT 2025-10-16 Tehran"]);
    expect(eventsOf("The European Union welcomed the new parliament on Thursday.")).toEqual(["SUPPORT 2025-10-16 Brussels"]);
    expect(eventsOf("Guler said on Thursday that Ankara would not hesitate to act against the YPG.")).toEqual([
      "THREATEN 2025-10-16 Ankara",
    ]);
    expect(eventsOf("Fidan met a Russian delegation on Thursday.")).toEqual(["CONSULT 2025-10-16 Ankara"]);
  });

  it("takes a deed done over the happening it names again: 'arrested four suspects in connection with the bombing'", () => {
    expect(
      eventsOf(
        "A car bomb killed 12 people in Azaz on Saturday. Syrian authorities arrested four suspects in connection with the bombing in Jarablus on Sunday.",
        "2025-10-20",
      ),
    ).toEqual(["ASSAULT 2025-10-18 I`zaz", "COERCE 2025-10-19 Jarabulus"]);
    // A word said of it stays its restatement: "condemned the attack" is no new accusation.
    expect(eventsOf("A car bomb killed 12 people in Azaz on Saturday. Turkey condemned the attack.", "2025-10-20")).toEqual([
      "ASSAULT 2025-10-18 I`zaz",
    ]);
  });

  it("drafts a visit to a capital by a guest the registry lacks, under its host", () => {
    expect(extractArticle("Ukraine's foreign minister visited Damascus on Monday.", { published: "2025-10-17" }).events).toMatchObject([
      { type: "CONSULT", date: "2025-10-13", place: "Damascus", actors: ["SYR"] },
    ]);
  });

  it("takes no party from the fall that dates the news, but the fallen from a fall that is the news", () => {
    expect(
      extractArticle("Russian warplanes struck rebel positions in Idlib on Monday, the first raids since the fall of Assad.", {
        published: "2025-10-17",
      }).events,
    ).toMatchObject([{ type: "ASSAULT", actors: ["RUS"] }]);
    // The trigger before the time told by the fall: "the first visit … since the fall of Assad".
    expect(
      extractArticle("Jordan's king arrived in Damascus on Thursday, the first visit by a head of state since the fall of Assad.", {
        published: "2025-10-17",
      }).events,
    ).toMatchObject([{ type: "CONSULT", actors: ["JOR", "SYR"] }]);
    expect(
      extractArticle("Rebels announced the overthrow of Bashar al-Assad on Sunday.", { published: "2024-12-08" }).events[0].actors,
    ).toContain("SYR-ASSAD");
  });

  it("takes what is asked to stop for no happening: 'urged Israel to halt strikes'", () => {
    expect(eventsOf("Washington urged Israel to halt strikes, a State Department spokesperson said on Tuesday.")).toEqual([
      "REQUEST 2025-10-14 Washington",
    ]);
  });

  it("drafts talks from a delegation received, at the place the next sentence names", () => {
    expect(eventsOf("Mazloum Abdi received a US delegation on Thursday. The talks took place in Hasakah.")).toEqual([
      "CONSULT 2025-10-16 Al Hasakah",
    ]);
  });

  it("places a country's news at the town of the dateline it was filed under, when the sentence names no town", () => {
    expect(eventsOf("ISTANBUL, Türkiye (AP) — Türkiye deployed air-defence batteries on Thursday, the ministry said.")).toEqual([
      "MOBILIZE 2025-10-16 Istanbul",
    ]);
    // Force is done where its target is: the dateline never stands in for it.
    expect(eventsOf("ISTANBUL, Türkiye (AP) — Türkiye struck SDF positions on Thursday, the ministry said.")).not.toContainEqual(
      expect.stringMatching(/Istanbul$/),
    );
    // A dateline in title case, told by its parenthesis and colon: the town is a place, not its government.
    const titled = extractArticle("Ankara (Türkiye): Türkiye deployed air-defence batteries on Thursday, the ministry said.", {
      published: "2025-10-17",
    });
    expect(titled.events.map((event) => `${event.type} ${event.date} ${event.place}`)).toEqual(["MOBILIZE 2025-10-16 Ankara"]);
    expect(titled.actors.map((actor) => actor.text)).toEqual(["Türkiye"]);
    // The same town opening a sentence as a speaker stays its government.
    expect(extractArticle("Ankara said on Thursday that talks would go on.", { published: "2025-10-17" }).actors).toMatchObject([
      { text: "Ankara", actor: "TUR" },
    ]);
    // Filed from another country, the dateline says nothing of where the news was made: the initiator's capital stands in.
    expect(eventsOf("BEIRUT, Lebanon (AP) — Türkiye deployed air-defence batteries on Thursday, the ministry said.")).toEqual([
      "MOBILIZE 2025-10-16 Ankara",
    ]);
  });

  it("drafts no strike at the attacker's capital when no sentence says where it hit, and one where a restatement does", () => {
    expect(eventsOf("Türkiye launched air strikes on Kurdish militants on Tuesday, the ministry said.")).toEqual([]);
    expect(
      eventsOf(
        "Türkiye launched air strikes on Kurdish militants on Tuesday, the ministry said.\n\nThe strikes hit a depot near Qamishli.",
      ),
    ).toEqual(["ASSAULT 2025-10-14 Al Qamishli"]);
  });

  it("does not borrow the dateline of the sentence before for a sentence that names no place", () => {
    const body = "DAMASCUS, Syria —\n\nTurkish drones struck SDF fighters on Tuesday, a monitor said.";
    expect(extractArticle(body, { published: "2025-10-17" }).events.map((event) => event.place)).not.toContain("Damascus");
  });

  it("finds a dam by its English name at the town OCHA names after it (Madinet Sad Tishrine)", () => {
    const { places, events } = extractArticle("Turkish drones struck a convoy near the Tishreen Dam on Tuesday.", {
      published: "2025-10-17",
    });
    expect(places.map((place) => `${place.text}: ${place.name}`)).toEqual(["Tishreen Dam: Madinet Sad Tishrine"]);
    expect(events.map((event) => `${event.type} ${event.date} ${event.place}`)).toEqual(["ASSAULT 2025-10-14 Madinet Sad Tishrine"]);
    // What is taken or handed over is a place, small as it is; ground taken is fought for.
    expect(eventsOf("Government troops took control of the Tishreen Dam on Tuesday.")).toEqual(["ASSAULT 2025-10-14 Madinet Sad Tishrine"]);
  });

  it("reads a country goods are sent to as a place, and a country that acts as its government", () => {
    const { places } = extractArticle("Iraq began pumping crude oil to Syria on Monday. Syria welcomed the deal.", {
      published: "2025-10-17",
    });
    expect(places.map((place) => `${place.text}@${place.start}`)).toEqual(["Syria@32"]);
  });

  it("reads a town that opens a newsroom's or an association's name as no place", () => {
    const { places } = extractArticle(
      "Turkish drones struck a car near Kobani on Tuesday, the Hama Press Association and the Homs news agency said.",
      { published: "2025-10-17" },
    );
    expect(places.map((place) => place.text)).toEqual(["Kobani"]);
  });

  it("reads the Syrian coast however it is worded, possessive included, and a coastal town as the town", () => {
    const { places } = extractArticle(
      "Gunmen attacked checkpoints across Syria's coastal region on Tuesday. Clashes spread through coastal Syria. Fighting in the coastal regions of Syria went on. The coastal city of Latakia was calm, and coastal towns reopened.",
      { published: "2025-10-17" },
    );
    expect(places.map((place) => `${place.text}: ${place.name}`)).toEqual([
      "Syria's coastal region: Syrian coast",
      "coastal Syria: Syrian coast",
      "coastal regions of Syria: Syrian coast",
      "Latakia: Latakia",
    ]);
  });

  it("reads the Lebanon–Syria border as a place, whichever country is named first", () => {
    const { places, events } = extractArticle(
      "Syrian troops clashed with Hezbollah fighters along the Syrian-Lebanese border on Tuesday. Shelling hit villages on the Lebanon–Syria border on Monday.",
      { published: "2025-10-17" },
    );
    expect(places.map((place) => `${place.text}: ${place.name}`)).toEqual([
      "Syrian-Lebanese border: Lebanon–Syria border",
      "Lebanon–Syria border: Lebanon–Syria border",
    ]);
    expect(events.map((event) => `${event.type} ${event.date} ${event.place}`)).toContain("ASSAULT 2025-10-14 Lebanon–Syria border");
  });

  it("reads an acronym in capitals as no place, however like a place name it is spelt", () => {
    const { places } = extractArticle("Turkish drones struck Kobani on Tuesday, SANA reported.", { published: "2025-10-17" });
    expect(places.map((place) => place.text)).toEqual(["Kobani"]);
  });
});

describe("when a happening was", () => {
  it("takes a running total or a state for background, but not the since-clause's own verb nor a count of the day's news", () => {
    expect(eventsOf("Since the fall of Assad in December, Israel has carried out hundreds of strikes across Syria.")).toEqual([]);
    expect(eventsOf("Israel has launched hundreds of strikes on military sites across Syria over the past year.")).toEqual([]);
    // Talks going on for months are a state: the visit told next is the news, restating nothing.
    const { events } = extractArticle(
      "Moscow has been negotiating with Damascus over its bases for months. A Russian delegation visited Damascus in September.",
      { published: "2025-10-17" },
    );
    expect(events).toMatchObject([{ type: "CONSULT", date: "2025-09", place: "Damascus" }]);
    expect(events[0].restatedIn).toBeUndefined();
    expect(eventsOf("Clashes in Sweida have killed 15 people, a monitor said on Tuesday.")).toEqual(["ASSAULT 2025-10-14 As-Suwayda"]);
  });

  it("takes what can, could, should or must happen for no report, but a demand for one", () => {
    expect(eventsOf("Journalists cannot be subjected to attack in Qamishli, the association said on Tuesday.")).toEqual([]);
    expect(eventsOf("Up to two billion cubic metres of gas can be exported to Syria through the pipeline.")).toEqual([]);
    expect(eventsOf("Erdogan said on Tuesday that the SDF must withdraw from Manbij.")).toEqual(["REQUEST 2025-10-14 Manbij"]);
  });

  it("reads an ousting as a change of regime, dated by its own month", () => {
    expect(eventsOf("The vote follows the ousting of President Bashar al-Assad last December by rebel forces.")).toEqual([
      "OTHER 2024-12 Damascus",
    ]);
  });

  it("dates a denial by itself, not by the day of the reports it denies", () => {
    expect(
      eventsOf(
        "Talks went on. Prices rose. Fuel ran short. Erdogan denied reports that Türkiye and Israel would sign a deal in Ankara on Monday.",
      ),
    ).toEqual(["REJECT 2025-10 Ankara"]);
  });

  it("takes no event from what is named as ending, a time clause's gerund, or a demonym before a place", () => {
    expect(eventsOf("Talks went on. Prices rose. Fuel ran short. Erdogan hoped for an end to attacks in Manbij.")).toEqual([]);
    expect(eventsOf("Talks went on. Prices rose. Fuel ran short. He fought in Iraq before entering Idlib, Erdogan said.")).toEqual([]);
    expect(
      eventsOf("Talks went on. Prices rose. Fuel ran short. Civilians were seen fleeing toward the Syrian town of Tall Abyad."),
    ).toEqual([]);
    // A demonym before the ones who acted still names them.
    expect(eventsOf("Talks went on. Prices rose. Fuel ran short. Turkish drones struck the Syrian town of Tall Abyad.")).toEqual([
      "ASSAULT 2025-10 Tall Abyad",
    ]);
  });

  it("takes an undated past perfect for background, and a dated one for news", () => {
    expect(eventsOf("Officials said the SDF had withdrawn from the villages before the talks.")).toEqual([]);
    expect(eventsOf("Officials said on Thursday that the SDF had withdrawn from Manbij on Tuesday.")).toEqual([
      "RETREAT 2025-10-14 Manbij",
    ]);
  });

  it("dates an undated happening to the publication month past the lede, to its day in the lede, both assumed", () => {
    const lede = "Turkish drones struck SDF positions near Kobani, a war monitor said.";
    expect(extractArticle(lede, { published: "2025-10-17" }).events).toMatchObject([
      { type: "ASSAULT", date: "2025-10-17", datePrecision: "day", dateAssumed: true },
    ]);
    const later = `Talks went on in Ankara. Officials met in Ankara on Monday. Prices rose in Gaziantep. ${lede}`;
    expect(extractArticle(later, { published: "2025-10-17" }).events.at(-1)).toMatchObject({
      type: "ASSAULT",
      date: "2025-10",
      datePrecision: "month",
      dateAssumed: true,
    });
    // Still going on, it is no one day's news, lede or not; nor is what will be.
    expect(eventsOf("Turkish drones are striking SDF positions near Kobani, a war monitor said.")).toEqual([
      "ASSAULT 2025-10 'Ayn al 'Arab",
    ]);
    expect(eventsOf("Turkey will provide weapons to Syria, officials said.")).toEqual(["AID 2025-10 Ankara"]);
    expect(eventsOf("Turkish drones struck SDF positions near Kobani today, a war monitor said.")).toEqual([
      "ASSAULT 2025-10-17 'Ayn al 'Arab",
    ]);
  });

  it("reads a planned happening's weekday forward: a visit scheduled for Wednesday is next Wednesday's", () => {
    expect(eventsOf("Erdogan is scheduled to visit Damascus on Wednesday, his office said.")).toEqual(["CONSULT 2025-10-22 Damascus"]);
  });

  it("takes a worded trigger's tense from the verb before it: talks a leader will host on Monday are next Monday's", () => {
    expect(eventsOf("Erdogan will host al-Sharaa for talks in Ankara on Monday.")).toEqual(["CONSULT 2025-10-20 Ankara"]);
  });

  it("keeps the weekday a plan was reported on in the past, before or after the plan", () => {
    expect(eventsOf("Reuters reported Thursday that the US would withdraw its troops from Hasakah.")).toEqual([
      "RETREAT 2025-10-16 Al Hasakah",
    ]);
    expect(eventsOf("Erdogan will host al-Sharaa for talks in Ankara, his office said Wednesday.")).toEqual(["CONSULT 2025-10-15 Ankara"]);
    expect(eventsOf("Erdogan will host al-Sharaa for talks in Ankara, he told reporters Wednesday.")).toEqual([
      "CONSULT 2025-10-15 Ankara",
    ]);
  });

  it("dates the lede's undated happenings to the day it states for its news, not the publication day", () => {
    const { events } = extractArticle(
      "Government forces recaptured Tal Rifaat on Tuesday, state media said. Government troops also entered the village of Ahras nearby.",
      { published: "2025-10-17" },
    );
    expect(events.map((event) => `${event.type} ${event.date} ${event.place}`)).toEqual([
      "ASSAULT 2025-10-14 Tall Rif`at",
      "MOBILIZE 2025-10-14 Ahras",
    ]);
    expect(events[1]).toMatchObject({
      dateAssumed: true,
      reasons: expect.arrayContaining([expect.stringContaining('the day the lede states for its news ("on Tuesday")')]),
    });
  });

  it("gives a later strike no wave's day: 'within days, they took Hama' is not the day of the strike before", () => {
    expect(eventsOf("Rebels struck Aleppo on Tuesday. Within days, the rebels took Hama and Homs.")).toEqual([
      "ASSAULT 2025-10-14 Aleppo",
      "ASSAULT 2025-10 Hamah",
      "ASSAULT 2025-10 Homs",
    ]);
  });

  it("keeps a restatement's stated date over a lede's assumed day, and takes it where the lede had none", () => {
    expect(eventsOf("Erdogan met al-Sharaa in Ankara in May. Erdogan has since called the meeting a turning point.")).toEqual([
      "CONSULT 2025-05 Ankara",
    ]);
    expect(eventsOf("Turkish drones struck SDF positions near Kobani. The drones struck Kobani on Wednesday, a monitor said.")).toEqual([
      "ASSAULT 2025-10-15 'Ayn al 'Arab",
    ]);
  });

  it("joins an undated restatement to the happening it follows, whatever that one's date", () => {
    const { events } = extractArticle("Erdogan met al-Sharaa in Ankara in May. Erdogan has since called the meeting a turning point.", {
      published: "2025-10-17",
    });
    expect(events.map((event) => `${event.type} ${event.date} ${event.place}`)).toEqual(["CONSULT 2025-05 Ankara"]);
    expect(events[0].restatedIn).toHaveLength(1);
  });
});

describe("verbs by lemma", () => {
  it("finds the lexicon's verbs in any inflection, with their aspect and negation", () => {
    const found = findVerbTriggers(
      "Troops surged into the town. The army is withdrawing. They had abducted two men. Turkey will deploy more troops. Israel did not strike.",
    );
    expect(found.map((verb) => `${verb.lemma}:${verb.type}:${verb.aspect}${verb.negated ? ":negated" : ""}`)).toEqual([
      "surge:MOBILIZE:simple",
      "withdraw:RETREAT:simple",
      "abduct:ASSAULT:past-perfect",
      "deploy:MOBILIZE:planned",
      "strike:ASSAULT:simple:negated",
    ]);
  });

  it("reads an infinitive after an object as the purpose of what was done, and one after a verb as ahead", () => {
    const found = findVerbTriggers("The king received the minister in Amman to discuss border security. The SDF agreed to withdraw.");
    expect(found.map((verb) => `${verb.lemma}:${verb.aspect}`)).toEqual(["discuss:simple", "agree:simple", "withdraw:planned"]);
    expect(eventsOf("Jordan's king received Syria's foreign minister in Amman on Thursday to discuss border security.")).toEqual([
      "CONSULT 2025-10-16 Amman",
    ]);
  });

  it("knows the words of fighting and bombing the wires use", () => {
    expect(
      eventsOf(
        "SDF fighters and government troops exchanged fire in Aleppo on Sunday. A car bomb went off in Manbij on Monday, killing five civilians. " +
          "Fighting broke out in Raqqa on Monday. Syrian troops responded with artillery fire on Qusayr on Monday. " +
          "Turkey's defence ministry said on Tuesday its forces neutralised 12 militants near Tal Abyad.",
      ),
    ).toEqual([
      "ASSAULT 2025-10-12 Aleppo",
      "ASSAULT 2025-10-13 Manbij",
      "ASSAULT 2025-10-13 Ar Raqqah",
      "ASSAULT 2025-10-13 Al Qusayr",
      "ASSAULT 2025-10-14 Tall Abyad",
    ]);
    expect(eventsOf("Lebanon's prime minister spoke by phone with Syria's president on Tuesday.")).toEqual(["CONSULT 2025-10-14 Beirut"]);
    expect(eventsOf("Government forces launched a security sweep of villages near Palmyra on Tuesday.")).toEqual([
      "COERCE 2025-10-14 Tadmur",
    ]);
    expect(eventsOf("The SDF handed over three oil fields near Raqqa to the government on Monday under the March agreement.")).toEqual([
      "CONCEDE 2025-10-13 Ar Raqqah",
    ]);
    expect(
      eventsOf("Israeli troops pushed into Khan Arnabah on Tuesday. Israeli bulldozers razed farmland near Quneitra on Wednesday."),
    ).toEqual(["MOBILIZE 2025-10-14 Khan Arnabah", "COERCE 2025-10-15 Al Qunaytirah"]);
  });

  it("drafts a protest no actor leads, and nothing from what was not done: 'no strikes were reported'", () => {
    expect(eventsOf("Hundreds of protesters rallied in Suwayda on Friday demanding the release of detainees.")).toEqual([
      "PROTEST 2025-10-17 As-Suwayda",
    ]);
    expect(eventsOf("Israeli warplanes were seen over Quneitra on Tuesday, residents said, but no strikes were reported.")).toEqual([]);
  });

  it("knows downing, pulling back and leaving a base", () => {
    expect(eventsOf("Jordan's army said it shot down a drone near Ramtha. The SDF said it pulled back from Tal Tamr.")).toEqual([
      "ASSAULT 2025-10-17 Ar Ramtha",
      "RETREAT 2025-10-17 Tall Tamr",
    ]);
    expect(eventsOf("US troops left a base near Shaddadi in Hasakah province on Monday.")).toEqual(["RETREAT 2025-10-13 Ash Shaddadah"]);
  });

  it("takes a choice still weighed for no happening: 'weighs whether to lift sanctions', 'weighs easing sanctions'", () => {
    expect(eventsOf("Washington weighs whether to lift remaining sanctions on Damascus, officials said on Tuesday.")).toEqual([]);
    expect(eventsOf("Sharaa met Trump at the White House on Monday as the administration weighs easing sanctions.")).toEqual([
      "CONSULT 2025-10-13 Washington",
    ]);
  });

  it("reads aid sent or carried as aid", () => {
    expect(
      eventsOf(
        "The UN sent 25 trucks of aid into Idlib on Thursday. A convoy carrying UN relief reached Aleppo on Friday, officials said.",
      ),
    ).toEqual(["AID 2025-10-16 Idlib", "AID 2025-10-17 Aleppo"]);
  });

  it("leaves nouns and adjectives to the worded triggers", () => {
    expect(findVerbTriggers("The attack on the armed convoy was a deadly strike.").map((verb) => verb.word)).toEqual([]);
  });

  it("drafts an event from a verb the worded triggers lack", () => {
    expect(eventsOf("Syrian government forces surged into Sweida on Thursday.")).toEqual(["MOBILIZE 2025-10-16 As-Suwayda"]);
    expect(eventsOf("The UN distributed food baskets to families near Sarmada on Thursday.")).toEqual(["AID 2025-10-16 Sarmada"]);
    expect(eventsOf("The SDF said on Thursday its fighters repelled the factions near Manbij.")).toEqual(["ASSAULT 2025-10-16 Manbij"]);
  });

  it("reads ground taken as an assault, people and goods seized as coercion", () => {
    expect(
      eventsOf(
        "Government forces recaptured the town of Tal Rifaat from the SDF on Sunday. The rebels took Hama on Monday. " +
          "Fighters seized control of the dam near Raqqa on Tuesday. Police seized weapons in Aleppo on Wednesday.",
      ),
    ).toEqual(["ASSAULT 2025-10-12 Tall Rif`at", "ASSAULT 2025-10-13 Hamah", "ASSAULT 2025-10-14 Ar Raqqah", "COERCE 2025-10-15 Aleppo"]);
    // Captives and goods are no ground, whatever place follows them.
    expect(eventsOf("The SDF captured fighters in Manbij on Monday.")).toEqual(["COERCE 2025-10-13 Manbij"]);
  });

  it("knows joint exercises however qualified, but not a command named after joint operations; and coming under fire", () => {
    expect(eventsOf("Turkey and Syria held joint military exercises near Idlib on Tuesday.")).toEqual(["COOPERATE 2025-10-14 Idlib"]);
    expect(eventsOf("Iraq's Joint Operations Command said on Tuesday that troops guarded the frontier near Al-Qaim.")).toEqual([]);
    expect(eventsOf("Lebanese soldiers came under fire near Hermel on Tuesday, the army said.")).toEqual(["ASSAULT 2025-10-14 El Hermel"]);
  });

  it("knows rockets fired and launched, with the one who fired them as the initiator", () => {
    expect(
      eventsOf("Hezbollah fighters fired rockets at Israeli positions in the Shebaa Farms on Wednesday, in response to Israeli strikes."),
    ).toEqual(["ASSAULT 2025-10-15 Shebaa Farms"]);
    expect(
      extractArticle("Hezbollah launched two drones toward the Shebaa Farms on Wednesday.", { published: "2025-10-17" }).events,
    ).toMatchObject([{ type: "ASSAULT", actors: ["HEZ"] }]);
  });

  it("reads raids that catch suspects as coercion", () => {
    expect(eventsOf("Turkish police detained 12 suspects in raids in Gaziantep on Monday.")).toEqual(["COERCE 2025-10-13 Gaziantep"]);
    expect(eventsOf("The SDF captured an Islamic State commander in a raid near Deir ez-Zor on Monday.")).toEqual([
      "COERCE 2025-10-13 Deir ez-Zor",
    ]);
    expect(eventsOf("Israeli raids hit Gaziantep on Monday.")).toEqual(["ASSAULT 2025-10-13 Gaziantep"]);
  });

  it("takes a happening told of to describe someone for none: 'the commander responsible for attacks in Busayrah'", () => {
    expect(eventsOf("The SDF said the commander was responsible for attacks on its checkpoints in the town of Busayrah.")).toEqual([]);
  });

  it("takes a happening plotted for none, and the arrest of the plotters for coercion", () => {
    expect(
      eventsOf(
        "The interior ministry announced the arrest of an Islamic State cell in Rif Dimashq on Monday. The cell was planning attacks on churches in Damascus.",
      ),
    ).toEqual(["COERCE 2025-10-13 Rural Damascus"]);
    expect(eventsOf("Police said the men were plotting to bomb a market in Homs.")).toEqual([]);
  });

  it("takes no actor from those who report or rescue: the Syrian Observatory is no Syrian state", () => {
    expect(
      extractArticle("The Syrian Observatory for Human Rights said gunmen shot three men dead in Jasim on Wednesday.", {
        published: "2025-10-17",
      }).events,
    ).toMatchObject([{ type: "ASSAULT", date: "2025-10-15", place: "Jasim", actors: [] }]);
    expect(eventsOf("Syrian troops thwarted an infiltration attempt near Jisr al-Shughour on Saturday.")).toEqual([
      "ASSAULT 2025-10-11 Jisr ash Shughur",
    ]);
  });

  it("places talks a capital stood in for where a restatement says the parties met", () => {
    expect(eventsOf("Russia held talks with Syria on Tuesday. A Russian delegation met Syrian officials in Damascus on Tuesday.")).toEqual([
      "CONSULT 2025-10-14 Damascus",
    ]);
  });

  it("drafts talks from a minister or a head of state received", () => {
    expect(eventsOf("Syria's president received Jordanian Foreign Minister Ayman Safadi in Damascus on Sunday.")).toEqual([
      "CONSULT 2025-10-12 Damascus",
    ]);
  });
});

describe("more wire wording", () => {
  it("takes protests that 'took place' for protests, one at each town, and 'similar protests' for more happenings", () => {
    // Singular too: "took place in the town of" is no town taken by the worded triggers either.
    expect(eventsOf("Protests took place in the town of Shahba on Friday.")).toEqual(["PROTEST 2025-10-17 Shahba"]);
    expect(eventsOf("Thousands demonstrated in Sweida on Friday. Similar protests took place in the towns of Shahba and Salkhad.")).toEqual(
      ["PROTEST 2025-10-17 As-Suwayda", "PROTEST 2025-10-17 Shahba", "PROTEST 2025-10-17 Salkhad"],
    );
  });

  it("takes no actor from sources, residents or witnesses a demonym qualifies", () => {
    expect(withActorsOf("Local Syrian sources said an Israeli patrol entered the town of Khan Arnabeh on Thursday.")).toEqual([
      "MOBILIZE 2025-10-16 Khan Arnabah ISR",
    ]);
  });

  it("drafts a word one side says only with its speaker: 'rights groups accused Turkish forces' is no word of Türkiye's", () => {
    expect(withActorsOf("Human Rights Watch accused Turkish forces of abuses in Afrin on Thursday.")).toEqual([]);
    expect(withActorsOf("Damascus accused Turkish forces of abuses in Afrin on Thursday.")).toEqual(["ACCUSE 2025-10-16 `Afrin SYR,TUR"]);
  });

  it("knows checkpoints set up, delegations led, and troops arriving (a minister arriving is told by the visit)", () => {
    expect(withActorsOf("Israeli forces established a checkpoint near Jaba on Thursday.")).toEqual(["MOBILIZE 2025-10-16 Jaba` ISR"]);
    expect(withActorsOf("Jordan's foreign minister arrived in Damascus on Thursday on an official visit.")).toEqual([
      "CONSULT 2025-10-16 Damascus JOR,SYR",
    ]);
    expect(withActorsOf("Fidan led a delegation to Damascus on Thursday.")).toEqual(["CONSULT 2025-10-16 Damascus TUR,SYR"]);
    expect(withActorsOf("Turkish troops arrived in Kobani on Thursday.")).toEqual(["MOBILIZE 2025-10-16 'Ayn al 'Arab TUR"]);
    expect(withActorsOf("The minister arrived in Kobani on Thursday.")).toEqual([]);
  });

  it("reads a surname alone as the actor the title named it with", () => {
    expect(
      withActorsOf(
        "Russian Deputy Prime Minister Alexander Novak flew to Damascus on Thursday.\n" +
          "In Damascus, Novak met Syrian officials on Friday for talks on energy.",
      ),
    ).toEqual(["CONSULT 2025-10-17 Damascus RUS,SYR"]);
  });

  it("places talks where they were held, not at the place they were about", () => {
    expect(eventsOf("Fidan and Shaibani met on Thursday and discussed the situation in Sweida.")).toEqual(["CONSULT 2025-10-16 Ankara"]);
    expect(
      eventsOf("Fidan met Shaibani in Ankara on Thursday. The two discussed the future of Russian bases at Hmeimim and Tartus."),
    ).toEqual(["CONSULT 2025-10-16 Ankara"]);
  });
});

describe("clauses, frequencies and seats of power", () => {
  it("dates each target of a sentence by its own clause: 'struck Kobani on Monday, and on Tuesday shelled Ain Issa'", () => {
    expect(
      eventsOf(
        "Turkish drones struck SDF positions near Kobani on Monday, and on Tuesday Turkish artillery shelled villages around Ain Issa.",
      ),
    ).toEqual(["ASSAULT 2025-10-13 'Ayn al 'Arab", "ASSAULT 2025-10-14 `Ayn `Isa"]);
  });

  it("takes a present perfect of strikes kept up near-daily for background", () => {
    expect(eventsOf("Israel has kept up near-daily strikes on southern Syria despite the truce.")).toEqual([]);
    expect(eventsOf("Israel has carried out repeated strikes on Quneitra.")).toEqual([]);
  });

  it("takes no happening from what measures are about: 'sanctions targeting officials will remain in place'", () => {
    expect(eventsOf("The EU lifted economic sanctions on Syria. Sanctions targeting officials in Damascus will remain in place.")).toEqual([
      "CONCEDE 2025-10-17 Damascus",
    ]);
  });

  it("takes the main clause's happening over the one it follows: 'signed an agreement … after deadly clashes'", () => {
    expect(eventsOf("Syria and Lebanon signed an agreement in Jeddah on Thursday after deadly clashes on their border.")).toEqual([
      "AGREE 2025-10-16 Jeddah",
    ]);
  });

  it("places nothing at a seat of power named for its rulers: 'chanted slogans against the government in Damascus'", () => {
    expect(eventsOf("Thousands demonstrated in Sweida on Friday. Protesters chanted slogans against the government in Damascus.")).toEqual([
      "PROTEST 2025-10-17 As-Suwayda",
    ]);
  });
});

describe("who is party, and what a sentence restates", () => {
  it("takes no party from the state that owns the watchers, nor from one whose fall dates the news", () => {
    expect(withActorsOf("A car bomb exploded in Manbij on Thursday, killing 20 people, Syria's civil defence said.")).toEqual([
      "ASSAULT 2025-10-16 Manbij ",
    ]);
    expect(
      withActorsOf(
        "A car bomb exploded in Manbij on Thursday. No group claimed responsibility for the attack, the deadliest in Syria since Bashar al-Assad was toppled in December.",
      ),
    ).toEqual(["ASSAULT 2025-10-16 Manbij "]);
  });

  it("knows fighting that spread and patrols that toured", () => {
    expect(eventsOf("Fighting spread to Baniyas on Thursday.")).toEqual(["ASSAULT 2025-10-16 Baniyas"]);
    expect(withActorsOf("A Russian military police patrol toured villages east of Qamishli on Thursday.")).toEqual([
      "MOBILIZE 2025-10-16 Al Qamishli RUS",
    ]);
  });

  it("joins a happening named again as the subject to the one told by that noun: 'the operation targeted …'", () => {
    const { events } = extractArticle(
      "Security forces launched a security operation in Jableh on Thursday. Fighting spread to Baniyas on Friday. " +
        'The interior ministry said the operation targeted "remnants of the former regime".',
      { published: "2025-10-18" },
    );
    expect(events.map((event) => `${event.type} ${event.place} ${event.restatedIn?.length ?? 0}`)).toEqual([
      "COERCE Jablah 1",
      "ASSAULT Baniyas 0",
    ]);
  });

  it("takes a present tense describing someone for no happening: 'terrorists who threaten the United States'", () => {
    expect(eventsOf("CENTCOM will continue to hunt down terrorists who threaten the United States and its allies.")).toEqual([]);
  });

  it("places words one party says just after its talks where the talks were held", () => {
    expect(
      withActorsOf(
        "US envoy Tom Barrack met SDF commander Mazloum Abdi in Hasakah on Thursday. Barrack urged the SDF to integrate quickly.",
      ),
    ).toEqual(["CONSULT 2025-10-16 Al Hasakah USA,SDF", "REQUEST 2025-10-16 Al Hasakah USA,SDF"]);
  });

  it("takes a since-clause of a day just past for the news's start, and one of a year for background", () => {
    expect(eventsOf("Since fighting broke out in Sweida on Sunday, more than 300 people have died, the monitor said.")).toEqual([
      "ASSAULT 2025-10-12 As-Suwayda",
    ]);
    expect(eventsOf("Since fighting broke out in Sweida in 2023, more than 300 people have died.")).toEqual([]);
  });

  it("knows a refusal said as 'would not accept', placed at the speaker's capital, not the country spoken of", () => {
    expect(
      eventsOf("On Thursday, Turkish Foreign Minister Hakan Fidan said Ankara would not accept any federal arrangement in Syria."),
    ).toEqual(["REJECT 2025-10-16 Ankara"]);
  });

  it("reads a warning told as a participle: 'said the SDF must disarm, warning that …'", () => {
    expect(eventsOf("Erdogan said on Thursday that the SDF must disarm, warning that Türkiye would not accept a threat.")).toEqual([
      "THREATEN 2025-10-16 Ankara",
    ]);
  });

  it("takes a stance kept up and a standing deployment for background, and a mountain's summit for no meeting", () => {
    expect(eventsOf("Erdogan has repeatedly said Turkey will strike the SDF in Kobani.")).toEqual([]);
    expect(eventsOf("Turkish officials stood on the summit of Mount Hermon near Quneitra on Thursday.")).toEqual([]);
    expect(eventsOf("About 900 US troops are deployed in northeast Syria.")).toEqual([]);
  });

  it("dates no happening by a period's start after it: 'the deepest incursion since December'", () => {
    expect(eventsOf("Israeli troops pushed into Nawa on Thursday in the deepest incursion since December.")).toEqual([
      "ASSAULT 2025-10-16 Nawa",
    ]);
  });

  it("takes talks over what they were about, and left neighbourhoods for a withdrawal", () => {
    expect(eventsOf("Shaibani met Bayraktar in Ankara on Thursday to discuss electricity supplies.")).toEqual([
      "CONSULT 2025-10-16 Ankara",
    ]);
    expect(eventsOf("SDF fighters left the neighbourhoods of Aleppo on Thursday.")).toEqual(["RETREAT 2025-10-16 Aleppo"]);
    expect(eventsOf("The SDF handed over management of the Tabqa dam on Thursday.")).toEqual(["CONCEDE 2025-10-16 Ath Thawrah"]);
  });

  it("knows a roadmap announced for a deal, and takes what a deal provides for for no happening", () => {
    expect(eventsOf("Syria, Jordan and the US announced a roadmap for Sweida in Damascus on Thursday.")).toEqual([
      "AGREE 2025-10-16 Damascus",
    ]);
    const provisions = eventsOf("The deal provides for the withdrawal of Syrian forces from Sweida and the deployment of police.");
    expect(provisions.filter((event) => !event.startsWith("AGREE"))).toEqual([]);
  });

  it("knows fighting that was reported, one event at each village named, however near", () => {
    expect(eventsOf("Heavy fighting was reported in the towns of Tafas and Nawa on Thursday.")).toEqual([
      "ASSAULT 2025-10-16 Tafas",
      "ASSAULT 2025-10-16 Nawa",
    ]);
  });

  it("takes one spot for a road between two towns, and no target from the clause a strike came after", () => {
    expect(eventsOf("A Turkish drone struck a car on the road between Qamishli and Amuda on Thursday.")).toEqual([
      "ASSAULT 2025-10-16 Al Qamishli",
    ]);
    expect(eventsOf("On Thursday, Israel bombed a site in Damascus after clashes near Sahnaya.")).toEqual(["ASSAULT 2025-10-16 Damascus"]);
  });

  it("reads an agency's dateline ('Quneitra, SANA-') as where the report was filed, not a target", () => {
    expect(eventsOf("Quneitra, SANA- Israeli forces demolished three houses in the village of al-Hamidiyah on Thursday.")).toEqual([
      "COERCE 2025-10-16 Al Hamidiyah",
    ]);
  });

  it("takes the main clause over a leading time clause, and none of the leading clause's parties", () => {
    expect(withActorsOf("Meanwhile, as the Trump-Sharaa meeting was wrapping up, Fidan met Rubio at the White House on Thursday.")).toEqual(
      ["CONSULT 2025-10-16 Washington TUR,USA"],
    );
  });

  it("knows troops reduced and drawn down as a withdrawal", () => {
    expect(eventsOf("The Pentagon said on Thursday it was reducing troop numbers in Syria to less than 1,000.")).toEqual([
      "RETREAT 2025-10-16 Syria",
    ]);
  });

  it("takes a denied involvement for a denial, and what a strike came hours after for news", () => {
    expect(withActorsOf("Hezbollah on Thursday denied any involvement in clashes on the Lebanese-Syrian border.")).toEqual([
      "REJECT 2025-10-16 Lebanon–Syria border HEZ",
    ]);
    expect(
      eventsOf(
        "An Israeli drone struck a car in Damascus on Thursday. The strike came hours after Israeli jets hit depots in the Kiswah area.",
      ),
    ).toEqual(["ASSAULT 2025-10-16 Damascus", "ASSAULT 2025-10-16 Al Kiswah"]);
  });

  it("takes a deal over what is to be done under it, and what is pushed for for no happening", () => {
    expect(eventsOf("Türkiye and Syria on Thursday signed a memorandum in Ankara under which Türkiye will supply gas to Syria.")).toEqual([
      "AGREE 2025-10-16 Ankara",
    ]);
    expect(withActorsOf("Erdogan said on Thursday Türkiye would push for the lifting of EU sanctions on Syria.")).toEqual([
      "REQUEST 2025-10-16 Ankara TUR,EU",
    ]);
  });

  it("knows prisoners released as a concession, and takes the main clause over what it came ahead of", () => {
    expect(eventsOf("The SDF released 300 prisoners from its jails in Raqqa on Thursday, ahead of talks with Damascus.")).toEqual([
      "CONCEDE 2025-10-16 Ar Raqqah",
    ]);
    expect(eventsOf("The SDF handed over the Tabqa dam on Thursday ahead of a government offensive.")).toEqual([
      "CONCEDE 2025-10-16 Ath Thawrah",
    ]);
  });

  it("knows sanctions told as lifted in the passive for a concession, not new sanctions", () => {
    expect(eventsOf("Trump met Sharaa in Riyadh on Thursday and announced that sanctions would be lifted.")).toEqual([
      "CONCEDE 2025-10-16 Riyadh",
    ]);
  });

  it("takes what another goes on until for no happening: 'until the last terrorist is neutralised'", () => {
    expect(eventsOf("Güler said on Thursday that operations in Syria would continue until the last terrorist is neutralized.")).toEqual([]);
  });

  it("reads a raid that seizes goods as coercion, and a state's newsroom as none of its parties", () => {
    expect(eventsOf("Syrian security forces raided a Captagon factory near Qusayr on Thursday and seized millions of pills.")).toEqual([
      "COERCE 2025-10-16 Al Qusayr",
    ]);
    expect(
      withActorsOf("An Israeli drone strike killed two people near Hermel on Thursday, Lebanon's state news agency NNA reported."),
    ).toEqual(["ASSAULT 2025-10-16 El Hermel ISR"]);
  });

  it("knows troops sent, fire returned and strikes told as 'by striking', and no country owning a place as a party", () => {
    expect(withActorsOf("The Turkish army sent armoured vehicles and commandos to Akcakale on Thursday.")).toEqual([
      "MOBILIZE 2025-10-16 Akcakale TUR",
    ]);
    expect(withActorsOf("Turkish artillery units responded by striking targets near Tal Rifaat on Thursday.")).toEqual([
      "ASSAULT 2025-10-16 Tall Rif`at TUR",
    ]);
    expect(withActorsOf("The SDF said its fighters responded to the sources of fire near Kobani on Thursday.")).toEqual([
      "ASSAULT 2025-10-16 'Ayn al 'Arab SDF",
    ]);
    expect(withActorsOf("Two mortar shells fired from Syria landed in Türkiye's southern Kilis province on Thursday.")).toEqual([
      "ASSAULT 2025-10-16 Kilis ",
    ]);
  });

  it("knows a delegation received with the day and place between, and takes what talks discussed, a list of topics, for none", () => {
    expect(
      withActorsOf(
        "President Ahmed al-Sharaa received on Monday at the People's Palace in Damascus a Jordanian delegation headed by Foreign Minister Ayman Safadi.",
      ),
    ).toEqual(["CONSULT 2025-10-13 Damascus SYR,JOR"]);
    expect(
      eventsOf(
        "Yasar Guler held a phone call with his Syrian counterpart on Tuesday. The two ministers discussed cooperation in the fight against terrorism and the training of the Syrian army.",
      ),
    ).toEqual(["CONSULT 2025-10-14 Ankara"]);
  });

  it("takes 'the troops' for the force the sentence before named, and the kind the news is one of for none", () => {
    expect(
      withActorsOf(
        "Israeli troops shelled the village of Kudnah on Tuesday. The troops then set up a checkpoint in Jubata al-Khashab on Wednesday.",
      ).at(-1),
    ).toBe("MOBILIZE 2025-10-15 Jbata Elkhashab ISR");
    expect(
      eventsOf("Israeli troops pushed into Jubata al-Khashab on Wednesday, in the latest of a series of incursions since December."),
    ).toEqual(["MOBILIZE 2025-10-15 Jbata Elkhashab"]);
    // The place at a site's entrance.
    expect(eventsOf("Israeli troops set up a checkpoint at the entrance of Jubata al-Khashab on Wednesday.")).toEqual([
      "MOBILIZE 2025-10-15 Jbata Elkhashab",
    ]);
  });

  it("takes a since-clause of a happening with its adjectives for background, not the adverb 'has since'", () => {
    expect(eventsOf("It was the first aid convoy to enter Suwayda since deadly clashes erupted in July.", "2025-08-03")).toEqual([]);
  });

  it("knows forces redeployed, and takes neither the deal a happening follows nor that clause's parties", () => {
    expect(
      withActorsOf(
        "Units of the Syrian army redeployed on Wednesday to the western countryside of Tal Abyad. The redeployment follows an agreement between Damascus and the SDF to hand over several villages.",
      ),
    ).toEqual(["MOBILIZE 2025-10-15 Tall Abyad SYR"]);
    expect(
      withActorsOf(
        "The Syrian Defense Ministry sent reinforcements to Sweida province on Monday after clashes between Druze fighters and Bedouin tribes.",
      ),
    ).toEqual(["MOBILIZE 2025-10-13 As-Sweida SYR"]);
  });

  it("places news at the place a possessive's owner holds, not a namesake far off", () => {
    expect(eventsOf("Turkish troops deployed to border units in Şanlıurfa's Akçakale district on Monday.")).toEqual([
      "MOBILIZE 2025-10-13 Akcakale",
    ]);
    expect(eventsOf("Thousands of people demonstrated in Sweida's Karama Square on Saturday.")).toEqual(["PROTEST 2025-10-11 As-Suwayda"]);
  });

  it("takes no party from an envoy reporting others' deal, but a ministry reporting its own forces' deed is theirs", () => {
    expect(withActorsOf("Syria and Israel have agreed to a ceasefire, U.S. envoy Tom Barrack said on Friday.")).toEqual([
      "AGREE 2025-10-17 Damascus SYR,ISR",
    ]);
    expect(
      withActorsOf(
        "Internal security forces dismantled an ISIS cell in the town of Zakiyah on Monday and seized explosive belts, the Interior Ministry said.",
      ),
    ).toEqual(["COERCE 2025-10-13 Zakiyeh ISIS,SYR"]);
  });

  it("reads a name the text calls a village as no city of that name, and the province a village is of as that province", () => {
    // No village Saida near Ain Issa in the gazetteer: the sentence's other place stands, not Lebanon's Sidon.
    expect(eventsOf("Turkish forces shelled the villages of Saida and Mu'alaq in the countryside of Ain Issa on Saturday.")).toEqual([
      "ASSAULT 2025-10-11 `Ayn `Isa",
    ]);
    const { places } = extractArticle("Turkish troops patrolled the Yavuzlu village of Kilis province on Saturday.", {
      published: "2025-10-17",
    });
    expect(places.map((place) => place.name)).toEqual(["Kilis"]);
  });

  it("takes a place set off after a target for where that target is, not a target of its own", () => {
    expect(
      eventsOf(
        "Four soldiers were killed on Sunday when ISIS cells ambushed their vehicle near Mayadin, in eastern Deir ez-Zor, a monitor said.",
      ),
    ).toEqual(["ASSAULT 2025-10-12 Al Mayadin"]);
    // Who acts in the clause the deaths came in did it.
    expect(
      withActorsOf("Four Syrian soldiers were killed on Sunday when ISIS cells ambushed their vehicle near Mayadin.").map((event) =>
        event.split(" ").at(-1),
      ),
    ).toEqual(["ISIS,SYR"]);
    expect(eventsOf("Turkish drones struck Kobani and Qamishli on Sunday.")).toEqual([
      "ASSAULT 2025-10-12 'Ayn al 'Arab",
      "ASSAULT 2025-10-12 Al Qamishli",
    ]);
  });

  it("knows aid pledged, donated or allocated, dated when pledged, not by the years it is for", () => {
    expect(
      withActorsOf(
        "The European Union pledged nearly 2.5 billion euros in aid to Syria for 2025 and 2026 at a donor conference in Brussels on Monday.",
      ),
    ).toEqual(["AID 2025-10-13 Brussels EU,SYR"]);
    // Support pledged stays a word of support.
    expect(eventsOf("Turkey pledged its full support to the Syrian government on Monday.")).toEqual(["SUPPORT 2025-10-13 Ankara"]);
  });

  it("knows smuggling foiled, placed where it was stopped, not in the country it came from", () => {
    expect(
      withActorsOf(
        "The Jordanian army said on Monday it had foiled an attempt to smuggle drugs from Syria across the northern border. Border guards clashed with the smugglers near the Jaber crossing.",
      )[0],
    ).toBe("COERCE 2025-10-13 Jaber JOR");
  });

  it("knows a curfew imposed, a deal over what it is for, and air defences as their state's", () => {
    expect(
      withActorsOf(
        "Syria's General Security imposed a curfew in the coastal city of Jableh on Thursday after attacks by gunmen on checkpoints.",
      ),
    ).toEqual(["COERCE 2025-10-16 Jablah SYR"]);
    expect(
      withActorsOf(
        "Türkiye and Syria signed an agreement on Tuesday in Ankara for the supply of 2 billion cubic meters of natural gas a year.",
      ),
    ).toEqual(["AGREE 2025-10-14 Ankara TUR,SYR"]);
    expect(withActorsOf("Syrian air defenses shot down an Israeli drone over the countryside of Quneitra on Sunday.")).toEqual([
      "ASSAULT 2025-10-12 Quneitra SYR,ISR",
    ]);
  });

  it("dates a happening 'over the weekend' to the month of the weekend just past", () => {
    // Published on Monday 1 September: the weekend was 30–31 August.
    expect(
      eventsOf("U.S. forces withdrew from the al-Omar oil field base in Deir ez-Zor province over the weekend.", "2025-09-01"),
    ).toEqual(["RETREAT 2025-08 Deir-ez-Zor"]);
  });

  it("knows a crossing reopened, the international coalition as the US, and Druze religious leaders as the factions", () => {
    expect(withActorsOf("Iraq reopened the al-Qaim border crossing with Syria on Sunday, Iraqi border officials said.")).toEqual([
      "COOPERATE 2025-10-12 Al Qa'im IRQ,SYR",
    ]);
    expect(
      withActorsOf("SDF General Commander Mazloum Abdi met on Wednesday with a delegation from the international coalition in al-Hasakah."),
    ).toEqual(["CONSULT 2025-10-15 Al Hasakah SDF,USA"]);
    expect(
      withActorsOf("Syria's government and Druze religious leaders in Sweida reached an agreement on Wednesday to end the fighting."),
    ).toEqual(["AGREE 2025-10-15 As-Suwayda SYR,DRUZE"]);
  });
});

describe("the place a trigger names, sites and seats, and people handed over", () => {
  it("takes the place the trigger's own preposition names over another of its kind earlier in the sentence", () => {
    expect(
      withActorsOf(
        "Türkiye will reopen its consulate in Aleppo, Foreign Minister Hakan Fidan said on Thursday during a visit to Damascus.",
      ),
    ).toEqual(["CONSULT 2025-10-16 Damascus TUR,SYR"]);
  });

  it("links only the first place past the trigger: a region after a governorate locates it", () => {
    expect(eventsOf("Israel's army attacked Quneitra governorate in southern Syria on Tuesday.")).toEqual(["ASSAULT 2025-10-14 Quneitra"]);
  });

  it("draws a withdrawal from two towns as two, and a town set off after another by a comma as where that one is", () => {
    expect(eventsOf("The Syrian Democratic Forces withdrew from the towns of Deir Hafer and Maskana east of Aleppo on Sunday.")).toEqual([
      "RETREAT 2025-10-12 Dayr Hafir",
      "RETREAT 2025-10-12 Maskanah",
    ]);
    expect(eventsOf("Turkish drones struck a base in Tal Tamr, Hasakah, on Tuesday.")).toEqual(["ASSAULT 2025-10-14 Tall Tamr"]);
    expect(eventsOf("Gunmen attacked a checkpoint in the town of al-Busayrah in Deir ez-Zor on Sunday.")).toEqual([
      "ASSAULT 2025-10-12 Busayra",
    ]);
  });

  it("reads a capital a bearing is taken from as a place, second to the place the news is at, and no news of its own", () => {
    const { places, actors } = extractArticle("Israel will not allow Syrian forces to deploy south of Damascus, Katz said on Tuesday.", {
      published: "2025-10-17",
    });
    expect(places.map((place) => place.text)).toEqual(["Damascus"]);
    expect(actors.map((actor) => actor.text)).not.toContain("Damascus");
    expect(eventsOf("Twenty kilometres north of Damascus, rebels took control of the Saydnaya prison on Sunday.")).toEqual([
      "ASSAULT 2025-10-12 Saydnaya",
    ]);
    // The fighting told of before stays there: the next sentence's bearing does not place it.
    expect(
      eventsOf(
        "Israeli troops clashed with gunmen near the town of Nawa on Wednesday. Nine Syrians were killed in the fighting. " +
          "Israel will not allow Syrian forces to deploy south of Damascus.",
      ),
    ).toEqual(["ASSAULT 2025-10-15 Nawa"]);
  });

  it("keeps a town named before a military site a place, and dates what came 'earlier' to the lede's day", () => {
    expect(eventsOf("Rebels took control of the notorious Saydnaya military prison on Sunday.")).toEqual(["ASSAULT 2025-10-12 Saydnaya"]);
    expect(
      eventsOf(
        "Rebels entered Damascus on Sunday, a monitor said. Flights stopped at the airport. Thousands of people fled. " +
          "Shops stayed closed. Earlier, the rebels stormed the Saydnaya prison.",
      ),
    ).toEqual(["MOBILIZE 2025-10-12 Damascus", "ASSAULT 2025-10-12 Saydnaya"]);
  });

  it("reads a named site in a place as that place, not as a village of the site's name far off", () => {
    expect(eventsOf("Hundreds of people demonstrated in al-Karama Square in the city of Sweida on Saturday.")).toEqual([
      "PROTEST 2025-10-11 As-Suwayda",
    ]);
  });

  it("places a strike on a state's presidential palace in its capital", () => {
    expect(
      eventsOf(
        "The Israeli army said on Wednesday it attacked a military target in the area of Syria's presidential palace.",
        "2025-10-15",
      ),
    ).toEqual(["ASSAULT 2025-10-15 Damascus"]);
  });

  it("drafts what a restated happening came after when it is dated apart from the news, not a since-clause's reference point", () => {
    expect(withActorsOf("The talks come nearly a year after HTS toppled Bashar al-Assad last December.", "2025-11-10")).toEqual([
      "OTHER 2024-12 Damascus HTS,SYR-ASSAD",
    ]);
    // The same month as the news is not apart from it, and "since" names a point to count from.
    expect(
      eventsOf(
        "Lebanon and Syria signed an agreement in Jeddah on Friday to demarcate their border. The deal followed deadly clashes along the frontier earlier this month.",
        "2025-11-10",
      ),
    ).toEqual(["AGREE 2025-11-07 Jeddah"]);
    expect(eventsOf("The attack was the deadliest since Bashar al-Assad was toppled in December.", "2025-11-10")).toEqual([]);
  });

  it("places a site named again by its kind where the text named it before, not in the next sentence's town", () => {
    expect(
      eventsOf(
        "Turkish drones struck the Tishrin Dam on Monday, a war monitor said. Repairs may take months. " +
          "US officials met SDF commanders on Thursday to discuss the protection of the dam. Residents of Qamishli remain worried.",
      ),
    ).toEqual(["ASSAULT 2025-10-13 Madinet Sad Tishrine", "CONSULT 2025-10-16 Madinet Sad Tishrine"]);
    expect(
      eventsOf(
        "Gunmen attacked the Nassib border crossing on Monday, a monitor said. Trade may suffer. " +
          "Jordanian officials met Syrian officials on Wednesday to discuss the security of the crossing. Residents of Daraa remain worried.",
      ),
    ).toEqual(["ASSAULT 2025-10-13 Nasib", "CONSULT 2025-10-15 Nasib"]);
  });

  it("knows rockets or shells that fell or landed as force, and nothing else that fell", () => {
    expect(eventsOf("Two mortar shells landed in the town of Jaramana on Saturday, wounding three people.")).toEqual([
      "ASSAULT 2025-10-11 Jaramana",
    ]);
    expect(eventsOf("Several rockets fell on the outskirts of Qardaha on Saturday night.")).toEqual(["ASSAULT 2025-10-11 Al Qardahah"]);
    expect(eventsOf("The price of bread fell in Damascus on Saturday.")).toEqual([]);
  });

  it("reads a threatened strike as the threat, and the city a quarter is of as where the quarter is", () => {
    expect(withActorsOf("Israel vowed on Tuesday to attack any Syrian forces entering Quneitra.")).toEqual([
      "THREATEN 2025-10-14 Al Qunaytirah ISR,SYR",
    ]);
    const { events, places } = extractArticle(
      "A gunman opened fire inside a church in the Dweila neighborhood of Damascus on Sunday, killing 25 people, Syria's Health Ministry said.",
      { published: "2025-10-17" },
    );
    expect(events.map((event) => `${event.type} ${event.place}`)).toEqual(["ASSAULT Dweila"]);
    // The city a neighbourhood is of is a place, not its government.
    expect(places.map((place) => place.text)).toEqual(["Dweila", "Damascus"]);
  });

  it("reads a protest against attacks as the protest, not as the attacks", () => {
    expect(eventsOf("Thousands took to the streets of Qamishli on Thursday to protest against Turkish drone attacks.")).toEqual([
      "PROTEST 2025-10-16 Al Qamishli",
    ]);
    expect(eventsOf("Residents of Sweida rallied on Friday over the killings of three farmers.")).toEqual([
      "PROTEST 2025-10-17 As-Suwayda",
    ]);
  });

  it("takes who condemns a deed of force for no party to it", () => {
    expect(withActorsOf("Iran's foreign ministry on Thursday strongly condemned the Israeli strikes on Damascus.")).toEqual([
      "ASSAULT 2025-10-16 Damascus ISR",
    ]);
    // Nor who blames another for it: the one blamed did it.
    expect(withActorsOf("Syria on Monday blamed the Islamic State group for a suicide bombing at a church in Damascus.")).toEqual([
      "ASSAULT 2025-10-13 Damascus ISIS",
    ]);
  });

  it("takes who talks are about for no party to them", () => {
    expect(
      withActorsOf(
        "Turkish Foreign Minister Hakan Fidan met Syrian President Ahmed al-Sharaa in Damascus on Thursday and discussed the integration of the SDF.",
      ),
    ).toEqual(["CONSULT 2025-10-16 Damascus TUR,SYR"]);
  });

  it("knows the Asayish, the Autonomous Administration's police, as the SDF", () => {
    expect(withActorsOf("Clashes erupted between government forces and the Asayish in Aleppo on Monday night.")).toEqual([
      "ASSAULT 2025-10-13 Aleppo SYR,SDF",
    ]);
  });

  it("knows the Autonomous Administration by its full name, whose Syria is no second actor", () => {
    expect(
      withActorsOf("The Autonomous Administration of North and East Syria released 300 detainees from al-Hol camp on Sunday."),
    ).toEqual(["CONCEDE 2025-10-12 Al Hawl SDF"]);
  });

  it("knows south Lebanon's largest town by the name news English gives it", () => {
    expect(eventsOf("An Israeli drone struck a car in Nabatieh on Tuesday.")).toEqual(["ASSAULT 2025-10-14 Nabatiye et Tahta"]);
  });

  it("places 'the Idlib town of Sarmada' at the town: of two places joined so, the larger only locates the other", () => {
    expect(eventsOf("Clashes erupted in the Damascus suburb of Jaramana on Tuesday night, leaving six dead.")).toEqual([
      "ASSAULT 2025-10-14 Jaramana",
    ]);
    // A town 30 km from the city named before it is no second target of the strike.
    expect(eventsOf("A drone struck a car in the Idlib countryside town of Sarmada on Monday.")).toEqual(["ASSAULT 2025-10-13 Sarmada"]);
  });

  it("reads a request to do something as the request, whatever the deed asked for names", () => {
    expect(
      withActorsOf(
        "The Syrian Foreign Ministry on Monday called on Israel to withdraw its forces from Quneitra and to respect the 1974 disengagement agreement.",
      ),
    ).toEqual(["REQUEST 2025-10-13 Al Qunaytirah SYR,ISR"]);
  });

  it("knows a bank removed from a sanctions list as sanctions eased, and a site near a town as one target", () => {
    expect(
      eventsOf("The U.S. Treasury on Monday removed the Commercial Bank of Syria from its sanctions list, in Washington.").map(
        (event) => event.split(" ")[0],
      ),
    ).toEqual(["CONCEDE"]);
    expect(eventsOf("Turkish air strikes on Wednesday hit the Tishreen power station near Kobani, the SDF said.")).toEqual([
      "ASSAULT 2025-10-15 Tishrine",
    ]);
  });

  it("knows a distribution of food as aid, and the UN's operating agencies as the UN", () => {
    expect(withActorsOf("The World Food Programme resumed bread distribution to 300,000 people in Idlib on Monday.")).toEqual([
      "AID 2025-10-13 Idlib UN",
    ]);
    expect(withActorsOf("UNICEF distributed food baskets to families in the town of Tal Tamr on Monday.")).toEqual([
      "AID 2025-10-13 Tall Tamr UN",
    ]);
  });

  it("knows a leader named to an office as a change of rule", () => {
    expect(
      eventsOf("Ahmed al-Sharaa was named Syria's president for a transitional period on Wednesday, at a conference in Damascus."),
    ).toEqual(["OTHER 2025-10-15 Damascus"]);
  });

  it("parts two names a dash joins: each is a place", () => {
    const { places } = extractArticle("Officials agreed on Sunday to reopen the al-Bukamal–al-Qaim border crossing.", {
      published: "2025-10-17",
    });
    expect(places.map((place) => place.name)).toEqual(["Albu Kamal", "Al Qa'im"]);
  });

  it("knows people handed over to another state's justice as cooperation between the two", () => {
    expect(
      withActorsOf(
        "The SDF handed over 120 Iraqi nationals to Iraqi authorities at the Rabia border crossing on Tuesday, an official said.",
      ),
    ).toEqual(["COOPERATE 2025-10-14 Rabi`ah SDF,IRQ"]);
    // Taken back by their own state, in a few words more.
    expect(eventsOf("Iraq received 150 suspected Islamic State members from SDF-run prisons at the Rabia crossing on Monday.")).toEqual([
      "COOPERATE 2025-10-13 Rabi`ah",
    ]);
    expect(eventsOf("Iraq repatriated 300 detainees from al-Hol camp on Sunday.")).toEqual(["COOPERATE 2025-10-12 Al Hawl"]);
  });
});

describe("answers, forces named again, and more wire wording", () => {
  it("reads 'in response to' as the cause of a happening, and a barrage fired as force", () => {
    expect(
      withActorsOf(
        "Hezbollah said its fighters fired a barrage of rockets on Thursday at an Israeli position in the Shebaa Farms, in response to Israeli strikes on south Lebanon villages.",
      ),
    ).toEqual(["ASSAULT 2025-10-16 Shebaa Farms HEZ,ISR"]);
  });

  it("drafts the deed of force a happening answers as news of its own, with its own place and date", () => {
    expect(
      withActorsOf(
        "Hezbollah said it fired rockets at an Israeli position in the Shebaa Farms on Thursday, in response to Israeli strikes on Marjayoun last week.",
      ),
    ).toEqual(["ASSAULT 2025-10-16 Shebaa Farms HEZ,ISR", "ASSAULT 2025-10 Marjayoun ISR"]);
    // The cause's day is its own, not the day of the deed that answered it; the sentence is the evidence of both.
    const { events } = extractArticle(
      "Hezbollah fired rockets at an Israeli position in the Shebaa Farms in response to Israeli strikes on Marjayoun on Tuesday, it said on Thursday.",
      { published: "2025-10-17" },
    );
    expect(events.map((event) => `${event.date} ${event.place}`)).toEqual(["2025-10-16 Shebaa Farms", "2025-10-14 Marjayoun"]);
    expect(events[1].evidence).toEqual(events[0].evidence);
    // Only force: a deal answered is not drafted again.
    expect(withActorsOf("Türkiye sent troops to Kilis on Thursday in response to an agreement with Damascus.")).toEqual([
      "MOBILIZE 2025-10-16 Kilis TUR",
    ]);
  });

  it("knows a drone that slammed into a base as force", () => {
    expect(withActorsOf("A Hezbollah drone slammed into an army base near Binyamina on Sunday, killing four soldiers.")).toEqual([
      "ASSAULT 2025-10-12 Binyamina HEZ",
    ]);
  });

  it("reads an after-clause of a report ten words long as what the main clause's happening came after", () => {
    expect(
      eventsOf(
        "Troops deployed heavily on the Syrian coast on Saturday, after a war monitor reported that government and allied forces killed hundreds.",
        "2025-10-18",
      ),
    ).toEqual(["MOBILIZE 2025-10-18 Syrian coast"]);
  });

  it("reads a long after-clause, fourteen words to its trigger, as what the main clause's happening came after", () => {
    expect(
      eventsOf(
        "The Syrian presidency announced an immediate ceasefire in Sweida province on Saturday after a week of deadly fighting between Druze armed groups and Bedouin tribes that killed more than 900 people.",
        "2025-10-18",
      ),
    ).toEqual(["AGREE 2025-10-18 As-Sweida"]);
  });

  it("takes 'the force' as the force whose happening was just told", () => {
    expect(
      withActorsOf(
        "Israeli troops advanced on Wednesday into the village of Jubata al-Khashab. The force, made up of five vehicles, detained three farmers.",
      ),
    ).toEqual(["MOBILIZE 2025-10-15 Jbata Elkhashab ISR", "COERCE 2025-10-15 Jbata Elkhashab ISR"]);
  });

  it("leaves out of talks an actor named in a list of what they were about", () => {
    expect(
      withActorsOf(
        "Al-Sharaa received an Iraqi delegation in Damascus on Wednesday. The two sides discussed the border, the fight against the Islamic State group and trade.",
      ),
    ).toEqual(["CONSULT 2025-10-15 Damascus SYR,IRQ"]);
  });

  it("reads the country across a border as where, not who", () => {
    expect(
      withActorsOf("An Israeli drone strike killed a Hezbollah commander near al-Qusayr, close to the border with Lebanon, on Tuesday."),
    ).toEqual(["ASSAULT 2025-10-14 Al Qusayr ISR,HEZ"]);
  });

  it("places no deed of force where it was told: a press briefing's city, in its sentence or the one beside", () => {
    expect(
      eventsOf(
        "Turkish forces neutralised nine PKK terrorists in Iraq on Wednesday, the defence ministry said. " +
          "Speaking at a weekly press briefing in Ankara, the ministry's spokesman said the terrorists were neutralised in the Claw-Lock zone. " +
          "He said 500 kilograms of explosives had been seized in operations this year.",
      ),
    ).toEqual(["ASSAULT 2025-10-15 Iraq", "COERCE 2025 Iraq"]);
  });

  it("takes a deal something is done under for its frame, not news, and what is done under it for the news", () => {
    expect(
      eventsOf("Israel kept troops at five positions inside Lebanon, defying a deadline set under the November ceasefire agreement."),
    ).toEqual([]);
    expect(eventsOf("Under the deal, SDF fighters will withdraw from Deir Hafer within ten days.")).toEqual(["RETREAT 2025-10 Dayr Hafir"]);
  });

  it("counts troops in hundreds without taking their withdrawal for a running total", () => {
    expect(
      eventsOf("The United States has begun withdrawing hundreds of troops from northeast Syria, two officials said on Thursday."),
    ).toEqual(["RETREAT 2025-10-16 northeastern Syria"]);
  });

  it("places words one side says where its speaker is, not at a town the report names beside them", () => {
    expect(
      withActorsOf(
        "DAMASCUS, Syria (AP) — Government reinforcements were sent to Jableh on Thursday. Helicopters fired on the village of Beit Ana. " +
          "Syria's interim leader Ahmad al-Sharaa vowed on Thursday to bring all armed groups under state control.",
      ),
    ).toEqual(["MOBILIZE 2025-10-16 Jablah SYR", "ASSAULT 2025-10-16 Beit Ana ", "THREATEN 2025-10-16 Damascus SYR"]);
  });

  it("knows a suspect caught as one seized, and places the seizure where the next sentence says", () => {
    expect(
      eventsOf(
        "Turkish intelligence has captured a senior Islamic State member in an operation in Syria, sources said on Tuesday. " +
          "The suspect was caught in the northern Syrian town of Azaz after months of surveillance.",
      ),
    ).toEqual(["COERCE 2025-10-14 I`zaz"]);
  });

  it("places talks where they were held, not at a place of what they were about", () => {
    expect(
      eventsOf(
        "Iraqi and Syrian ministers agreed in Baghdad on Monday to reopen the Rabia crossing. " +
          "The two ministers also discussed the return of Iraqi nationals held in al-Hol camp in Hasakah.",
      ),
    ).toEqual(["AGREE 2025-10-13 Baghdad", "CONSULT 2025-10-13 Baghdad"]);
  });

  it("drafts the deed of force that one named again came after, dated as the text dates it, else to the month", () => {
    expect(
      withActorsOf(
        "Israel struck an area near the presidential palace in Damascus on Friday. " +
          "The strike came a day after clashes between Druze gunmen and Islamist fighters in Jaramana killed ten people.",
      ),
    ).toEqual(["ASSAULT 2025-10-17 Damascus ISR", "ASSAULT 2025-10-16 Jaramana DRUZE"]);
    expect(
      eventsOf("Israel struck an area near the presidential palace in Damascus on Friday. The strike followed clashes in Jaramana."),
    ).toEqual(["ASSAULT 2025-10-17 Damascus", "ASSAULT 2025-10 Jaramana"]);
  });

  it("leaves out of a deal whom it is aimed against, but keeps a force's target", () => {
    expect(
      withActorsOf(
        "Türkiye, Syria and Jordan agreed in Amman on Saturday to set up a joint operations centre to fight the Islamic State group.",
      ),
    ).toEqual(["AGREE 2025-10-11 Amman TUR,SYR,JOR"]);
    expect(withActorsOf("Iraq sent troops to Rabia on Saturday to fight the Islamic State group.")).toEqual([
      "MOBILIZE 2025-10-11 Rabi`ah IRQ,ISIS",
    ]);
  });

  it("takes who a deed named as a noun was 'by' for its initiator", () => {
    expect(withActorsOf("The SDF said on Monday its fighters repelled an attack by Turkish-backed factions near the Tishrin Dam.")).toEqual(
      ["ASSAULT 2025-10-13 Madinet Sad Tishrine SNA,SDF"],
    );
  });

  it("takes no ruler toppled before a visit for a party to it, told in the active voice", () => {
    expect(
      withActorsOf(
        "Syria's interim President Ahmed al-Sharaa met Emmanuel Macron in Paris on Wednesday, his first visit to Europe since his forces toppled Bashar al-Assad in December.",
      ),
    ).toEqual(["CONSULT 2025-10-15 Paris SYR"]);
  });

  it("drafts no happening from a kind ('such attacks'), a place's past ('where … were killed') or the noun of a danger", () => {
    expect(eventsOf("Such attacks have become frequent since the start of the war in Gaza in October 2025.")).toEqual([]);
    expect(
      eventsOf(
        "Turkish drones struck a car near Kobani on Tuesday. He later visited the Sednaya prison, where thousands of detainees were killed.",
      ),
    ).toEqual(["ASSAULT 2025-10-14 'Ayn al 'Arab"]);
    expect(eventsOf("The motion, submitted by Erdoğan on Tuesday, cites the threat posed by the PKK.")).toEqual([]);
    expect(eventsOf("Erdoğan threatened on Tuesday to launch a new operation against the PKK.")).toEqual(["THREATEN 2025-10-14 Ankara"]);
  });

  it("dates an undated lede by the lede's first recent day, not a quote's 'today', nor a plan's day", () => {
    expect(
      eventsOf(
        "The U.S. military has begun withdrawing hundreds of troops from northeast Syria. " +
          "“Today the Secretary of Defense directed the consolidation of U.S. forces,” a spokesman said in a statement Friday. " +
          "The New York Times reported Thursday that the U.S. military would shutter three outposts in northeast Syria, withdrawing 600 troops.",
        "2025-04-19",
      ),
    ).toEqual(["RETREAT 2025-04-18 northeastern Syria"]);
  });

  it("knows an attempt foiled as force, and places the force named again where it just was", () => {
    expect(
      withActorsOf(
        "Syrian army units foiled an attempt by smugglers to cross toward the town of Qusayr on Sunday night, the ministry said. " +
          "The units clashed with the group, killing two. The Lebanese army closed four crossings in the Hermel area.",
        "2025-10-13",
      ),
    ).toEqual(["COERCE 2025-10-12 Al Qusayr SYR"]);
  });

  it("knows a ship of a state carrying wheat as its aid, the first such delivery too", () => {
    expect(
      withActorsOf(
        "A Russian cargo ship carrying 25,000 tonnes of wheat arrived at the port of Latakia on Monday, the Syrian government said.",
      ),
    ).toEqual(["AID 2025-10-13 Latakia RUS,SYR"]);
    expect(withActorsOf("Russia made its first such delivery to Latakia on Monday.")).toEqual(["AID 2025-10-13 Latakia RUS"]);
  });

  it("knows elections held as a change of rule, the whole country's, not a town's where voting was put off", () => {
    expect(
      eventsOf(
        "DAMASCUS, Syria (AP) — Syria held indirect parliamentary elections on Sunday. Voting was postponed in Sweida and Raqqa.",
        "2025-10-13",
      ),
    ).toEqual(["OTHER 2025-10-12 Damascus"]);
  });

  it("places no delivery in a country it passes through", () => {
    expect(
      eventsOf(
        "Türkiye will supply natural gas to Syria through Jordan, officials said on Thursday. " +
          "The gas will be delivered to the Deir Ali power station south of Damascus.",
      ),
    ).toEqual(["AID 2025-10-16 Deir Ali"]);
  });

  it("knows a convoy sent as a force moved, and the convoy named again as that force", () => {
    expect(
      withActorsOf(
        "Türkiye sent a convoy of about 40 military vehicles carrying troops to Afrin on Friday. The convoy entered through the Bab al-Salama crossing.",
      ),
    ).toEqual(["MOBILIZE 2025-10-17 `Afrin TUR"]);
  });

  it("places a protest where people took to the streets, with none of those it is against, nor a state it calls on", () => {
    expect(
      withActorsOf(
        "Thousands took to the streets of Qamishli on Thursday to denounce Turkish drone strikes on the Tishreen Dam. Demonstrators carried banners calling on the United States to act.",
      ),
    ).toEqual(["PROTEST 2025-10-16 Al Qamishli "]);
  });
});
