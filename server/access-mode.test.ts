import { describe, expect, it } from "vitest";
import { hostnameOf, readOnlyReasonFor } from "./access-mode";

describe("readOnlyReasonFor", () => {
  it("lets a server on loopback write, and one listening wider only with a token", () => {
    for (const host of ["127.0.0.1", "localhost", "::1", "::ffff:127.0.0.1"]) expect(readOnlyReasonFor([host], undefined)).toBeNull();
    expect(readOnlyReasonFor(["0.0.0.0"], undefined)).toContain("GEOBRIEF_EDIT_TOKEN");
    expect(readOnlyReasonFor(["::"], undefined)).toContain("listening on ::");
    expect(readOnlyReasonFor(["127.0.0.1", "192.168.1.5"], undefined)).toContain("192.168.1.5");
    expect(readOnlyReasonFor(["0.0.0.0"], "secret")).toBeNull();
  });

  it("treats an address it cannot tell as beyond this machine", () => {
    expect(readOnlyReasonFor([], undefined)).toContain("cannot tell");
  });
});

describe("hostnameOf", () => {
  it("drops the port and keeps an IPv6 literal whole", () => {
    expect(hostnameOf("Rebind.Example:3000")).toBe("rebind.example");
    expect(hostnameOf("[::1]:3000")).toBe("[::1]");
    expect(hostnameOf("127.0.0.1")).toBe("127.0.0.1");
  });
});
