-- An event's search row now has rowid = -event id, so replacing it on every review is a
-- rowid lookup: `kind` and `ref` are UNINDEXED in FTS5, and deleting by them scanned every
-- row (measured: 130 ms per event at 100,000 events, growing with the database).
INSERT INTO `search_index` (`rowid`, `kind`, `ref`, `label`, `text`)
SELECT -CAST(`ref` AS integer), `kind`, `ref`, `label`, `text` FROM `search_index` WHERE `kind` = 'event' AND `rowid` > 0;--> statement-breakpoint
DELETE FROM `search_index` WHERE `kind` = 'event' AND `rowid` > 0;
