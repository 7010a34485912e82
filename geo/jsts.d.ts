// The two JTS classes geo/geometry-check.ts uses that jsts ships without type declarations.
declare module "jsts/org/locationtech/jts/operation/valid/IsValidOp.js" {
  export default class IsValidOp {
    constructor(geometry: unknown);
    getValidationError(): { getMessage(): string; getCoordinate(): { x: number; y: number } | null } | null;
  }
}
declare module "jsts/org/locationtech/jts/operation/buffer/BufferOp.js" {
  export default class BufferOp {
    static bufferOp(geometry: unknown, distance: number): unknown;
  }
}
