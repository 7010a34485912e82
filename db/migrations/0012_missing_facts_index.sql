-- Finding events whose map facts are still to compute (db/queries/map-facts.ts) at every start
-- read the whole map index (0.9 s at a million events); this index holds only those events.
CREATE INDEX `events_missing_facts_idx` ON `events` (`lon`,`lat`) WHERE border_km is null;