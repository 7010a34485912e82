import { describe, expect, it } from "vitest";
import { domainOf, outletKey, wireCreditedIn, wireOfArticle } from "./source-credit";

describe("wire credits", () => {
  it("reads the agency a sentence credits", () => {
    expect(wireCreditedIn("Two soldiers were killed, Reuters reported, citing a security source.")).toBe("Reuters");
    expect(wireCreditedIn("The convoy was hit near the dam, according to AFP.")).toBe("AFP");
    expect(wireCreditedIn("An official told the Associated Press that talks would resume.")).toBe("AP");
    expect(wireCreditedIn("BEIRUT (AP) — Fighting resumed on Sunday.")).toBe("AP");
    expect(wireCreditedIn("Bloomberg reported, citing people familiar with the matter, that a deal was near.")).toBe("Bloomberg");
  });

  it("ignores words that only look like agencies", () => {
    expect(wireCreditedIn("The map shows the gap between the two front lines.")).toBeNull();
    expect(wireCreditedIn("An AP photographer was at the scene.")).toBeNull();
    expect(wireCreditedIn("Reuters has an office in Damascus.")).toBeNull();
    expect(wireCreditedIn("Ap Lei Chau is an island; the reporter was trend-spotting.")).toBeNull();
  });

  it("reads an article's wire from its outlet line or its dateline, not from a later sentence", () => {
    expect(wireOfArticle("Associated Press (AP), as published by Republic World", "Text.")).toBe("AP");
    expect(wireOfArticle("Kuwait News Agency via MENAFN", "Text.")).toBe("KUNA");
    expect(wireOfArticle("Daily Courier", "DAMASCUS, Syria (AP) — The minister arrived on Friday.")).toBe("AP");
    expect(wireOfArticle("Daily Courier", `${"Our own report. ".repeat(30)}A guard was killed, according to AFP.`)).toBeNull();
    expect(wireOfArticle("Daily Courier", "Our correspondent in Damascus saw the convoy.")).toBeNull();
  });
});

describe("outlets", () => {
  it("folds a name's case, accents, punctuation and leading article", () => {
    expect(outletKey("The Hürriyet Daily News")).toBe(outletKey("hurriyet daily news"));
    expect(outletKey("Al-Monitor")).toBe("al monitor");
  });

  it("takes a URL's host without www., and nothing from what is not a URL", () => {
    expect(domainOf("https://www.hurriyetdailynews.com/story-1")).toBe("hurriyetdailynews.com");
    expect(domainOf("not a url")).toBeNull();
    expect(domainOf(null)).toBeNull();
  });
});
