import { createHash } from "node:crypto";

/** Hex SHA-256 of a string's UTF-8 bytes: identifies article bodies and pins evidence quotes. */
export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
