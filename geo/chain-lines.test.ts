import { describe, expect, it } from "vitest";
import { chainLines } from "./chain-lines";

describe("chainLines", () => {
  it("joins pieces in course order, reversing those drawn the other way, and skips closed loops", () => {
    const pieces: [number, number][][] = [
      [
        [2, 2],
        [1, 1],
      ], // reversed
      [
        [1, 1],
        [1.5, 1.5],
        [1, 1],
      ], // a loop
      [
        [0, 0],
        [1, 1],
      ],
      [
        [2, 2],
        [3, 3],
      ],
    ];
    expect(chainLines(pieces, [0, 0]).coordinates).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it("fails when no piece starts at the given point", () => {
    expect(() =>
      chainLines(
        [
          [
            [5, 5],
            [6, 6],
          ],
        ],
        [0, 0],
      ),
    ).toThrow(/no line piece/);
  });
});
