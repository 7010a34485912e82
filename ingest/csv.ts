/** Undoes the export's formula guard: "'=x" was written for "=x", "''x" for "'x" (lib/export-events.ts). */
export function unguardCell(cell: string): string {
  return /^'[=+\-@\t\r']/.test(cell) ? cell.slice(1) : cell;
}
