import { describe, expect, it } from "vitest";
import { englishForms, normaliseName, skeletonOf } from "./normalise-name";

describe("normaliseName", () => {
  it.each([
    ["Ra’s al ‘Ayn", "Ras al-Ain"],
    ["Ras el-Ain", "Ras al Ain"],
    ["Ar Raqqah", "Raqqa"],
    ["Tall Abyaḑ", "Tel Abyad"],
    ["Al Qunayţirah", "al-Qunaytirah"],
    ["Deir ez-Zor", "Dayr az Zor"],
    ["Türkiye", "Turkiye"],
    ["Tishrine", "Tishrin"],
    ["Tishreen", "Tishrin"],
    ["Al Qousair", "al-Qusair"],
    ["Raqqeh", "Raqqa"],
    ["Madinat Sadd Tishrin", "Madinet Sad Tishrine"],
    ["Bint Jbeil", "Bent Jbail"],
    ["Kırıkhan", "Kirikhan"],
  ])("gives %s and %s one key", (a, b) => {
    expect(normaliseName(a)).toBe(normaliseName(b));
  });

  it("keeps different places apart", () => {
    expect(normaliseName("Al Bab")).not.toBe(normaliseName("Babila"));
    expect(normaliseName("Homs")).not.toBe(normaliseName("Hama"));
    // Endings are only noise on words long enough to be names: "Hame" and "Ham" stay apart.
    expect(normaliseName("Hame")).not.toBe(normaliseName("Ham"));
  });

  it("reads an Arabic name that says it is a dam, or the dam's town, as the English name of the dam", () => {
    expect(englishForms(normaliseName("Madinet Sad Tishrine"))).toEqual([normaliseName("Tishrin Dam")]);
    expect(englishForms(normaliseName("Sadd al-Baath"))).toEqual([normaliseName("Baath Dam")]);
    expect(englishForms(normaliseName("Tal Tishrine"))).toEqual([]);
  });

  it("gives a name of two words its consonants, a fused article dropped, and none to one word or a short pair", () => {
    expect(skeletonOf(normaliseName("Jubata al-Khashab"))).toBe(skeletonOf(normaliseName("Jbata Elkhashab")));
    expect(skeletonOf(normaliseName("Damascus"))).toBeUndefined();
    expect(skeletonOf(normaliseName("Tal Abu"))).toBeUndefined();
  });

  it("reads OCHA's 'Eastern X' as Arabic's 'X al-Sharqiya', in its spellings, and the other three parts alike", () => {
    expect(englishForms(normaliseName("Eastern Lweibdeh"))).toEqual([normaliseName("Lweibdeh al-Sharqiyah")]);
    expect(englishForms(normaliseName("Northern Msheirfeh"))).toEqual([normaliseName("Msheirfeh al-Shamaliyeh")]);
    expect(englishForms(normaliseName("Western Dik"))).toEqual([normaliseName("Dik al-Gharbiyeh")]);
    expect(englishForms(normaliseName("Southern Um Mweilat"))).toEqual([normaliseName("Umm Mweilat al-Janoubiyeh")]);
  });
});
