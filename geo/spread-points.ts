/**
 * Events at the same coordinates would hide each other. Each gets a "slot" on rings around
 * the shared point, drawn at a fixed pixel offset so every marker stays clickable at any
 * zoom. Ring k (k ≥ 1) holds 8k slots at k × ringSpacingPx; slot 0 is the point itself.
 * The default spacing clears a 26 px marker (marker-images.ts) with its halo.
 */
export const SPREAD_RINGS = 3;

/** Pixel offsets [dx, dy] of every slot, slot 0 first. */
export function spreadSlotOffsets(options: { rings?: number; ringSpacingPx?: number } = {}): [number, number][] {
  const { rings = SPREAD_RINGS, ringSpacingPx = 24 } = options;
  const offsets: [number, number][] = [[0, 0]];
  for (let ring = 1; ring <= rings; ring += 1) {
    const slots = 8 * ring;
    for (let slot = 0; slot < slots; slot += 1) {
      const angle = (2 * Math.PI * slot) / slots - Math.PI / 2;
      offsets.push([Math.round(ring * ringSpacingPx * Math.cos(angle)), Math.round(ring * ringSpacingPx * Math.sin(angle))]);
    }
  }
  return offsets;
}

/**
 * Assigns slots to items sharing a position: a lone item keeps slot 0; a group of n fills
 * its rings evenly from the top, in the order given. Items past the last ring share the
 * last slot (the event list still reaches them).
 */
export function assignSpreadSlots<T>(items: T[], positionOf: (item: T) => [number, number], options: { rings?: number } = {}): number[] {
  const { rings = SPREAD_RINGS } = options;
  const capacity = 4 * rings * (rings + 1);
  const groups = new Map<string, number[]>();
  items.forEach((item, index) => {
    const key = positionOf(item).join(",");
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  const slots = new Array<number>(items.length).fill(0);
  for (const members of groups.values()) {
    if (members.length === 1) continue;
    let placed = 0;
    for (let ring = 1; ring <= rings && placed < members.length; ring += 1) {
      const ringSlots = 8 * ring;
      const firstSlot = 1 + 4 * (ring - 1) * ring;
      const inRing = Math.min(ringSlots, members.length - placed);
      for (let i = 0; i < inRing; i += 1) {
        slots[members[placed + i]] = firstSlot + Math.floor((i * ringSlots) / inRing);
      }
      placed += inRing;
    }
    for (; placed < members.length; placed += 1) slots[members[placed]] = capacity;
  }
  return slots;
}
