import { describe, expect, it } from "vitest";
import { normaliseName } from "./normalise-name";

describe("normaliseName", () => {
  it.each([
    ["Ra’s al ‘Ayn", "Ras al-Ain"],
    ["Ras el-Ain", "Ras al Ain"],
    ["Ar Raqqah", "Raqqa"],
    ["Tall Abyaḑ", "Tel Abyad"],
    ["Al Qunayţirah", "al-Qunaytirah"],
    ["Deir ez-Zor", "Dayr az Zor"],
    ["Türkiye", "Turkiye"],
  ])("gives %s and %s one key", (a, b) => {
    expect(normaliseName(a)).toBe(normaliseName(b));
  });

  it("keeps different places apart", () => {
    expect(normaliseName("Al Bab")).not.toBe(normaliseName("Babila"));
    expect(normaliseName("Homs")).not.toBe(normaliseName("Hama"));
  });
});
