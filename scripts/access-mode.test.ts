import { describe, expect, it } from "vitest";
import { accessModeFor } from "./access-mode";

describe("accessModeFor", () => {
  it("lets localhost write, and anything wider only with a token", () => {
    for (const host of ["127.0.0.1", "localhost", "::1"]) expect(accessModeFor(host, undefined).readOnlyReason).toBeNull();
    expect(accessModeFor("0.0.0.0", undefined).readOnlyReason).toContain("GEOBRIEF_EDIT_TOKEN");
    expect(accessModeFor("0.0.0.0", "secret").readOnlyReason).toBeNull();
  });
});
