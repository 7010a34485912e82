-- The timeline for one region, counted ahead like event_days (migrations 0005, 0014, 0017): a filter
-- on a region reads that region's days instead of grouping a million index entries (122 ms at a
-- million events, scripts/bench.ts). `region_bit` is the region's value in events.region_mask
-- (2^regions.bit), as db/queries/map-facts.ts regionBit gives it. Visible events only (neither
-- rejected nor folded); a mask not yet computed (null, db/queries/map-facts.ts) counts nowhere.
CREATE TABLE `event_region_days` (
  `region_bit` integer NOT NULL,
  `date_start` text NOT NULL,
  `date_precision` text NOT NULL,
  `n` integer NOT NULL,
  `fatalities` integer NOT NULL,
  PRIMARY KEY (`region_bit`, `date_start`, `date_precision`)
) WITHOUT ROWID;--> statement-breakpoint
CREATE VIEW `region_bits` AS SELECT DISTINCT 1 << `bit` AS `region_bit` FROM `regions`;--> statement-breakpoint
CREATE VIEW `event_region_days_counted` AS
SELECT `region_bit`, `date_start`, `date_precision`, count(*) AS `n`, coalesce(sum(`fatalities`), 0) AS `fatalities`
FROM `events`, `region_bits`
WHERE `status` != 'rejected' AND `folded` = 0 AND `region_mask` & `region_bit` != 0 GROUP BY 1, 2, 3;--> statement-breakpoint
INSERT INTO `event_region_days` SELECT * FROM `event_region_days_counted`;--> statement-breakpoint
CREATE TRIGGER `event_region_days_insert` AFTER INSERT ON `events`
WHEN new.`status` != 'rejected' AND new.`folded` = 0 AND new.`region_mask` != 0 BEGIN
  INSERT INTO `event_region_days`
  SELECT `region_bit`, new.`date_start`, new.`date_precision`, 1, coalesce(new.`fatalities`, 0) FROM `region_bits` WHERE new.`region_mask` & `region_bit` != 0
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `fatalities` = `fatalities` + excluded.`fatalities`;
END;--> statement-breakpoint
CREATE TRIGGER `event_region_days_delete` AFTER DELETE ON `events`
WHEN old.`status` != 'rejected' AND old.`folded` = 0 AND old.`region_mask` != 0 BEGIN
  UPDATE `event_region_days` SET `n` = `n` - 1, `fatalities` = `fatalities` - coalesce(old.`fatalities`, 0)
  WHERE old.`region_mask` & `region_bit` != 0 AND `date_start` = old.`date_start` AND `date_precision` = old.`date_precision`;
END;--> statement-breakpoint
CREATE TRIGGER `event_region_days_update` AFTER UPDATE OF `status`, `folded`, `date_start`, `date_precision`, `fatalities`, `region_mask` ON `events` BEGIN
  UPDATE `event_region_days` SET `n` = `n` - 1, `fatalities` = `fatalities` - coalesce(old.`fatalities`, 0)
  WHERE old.`status` != 'rejected' AND old.`folded` = 0 AND old.`region_mask` & `region_bit` != 0
    AND `date_start` = old.`date_start` AND `date_precision` = old.`date_precision`;
  INSERT INTO `event_region_days`
  SELECT `region_bit`, new.`date_start`, new.`date_precision`, 1, coalesce(new.`fatalities`, 0) FROM `region_bits`
  WHERE new.`status` != 'rejected' AND new.`folded` = 0 AND new.`region_mask` & `region_bit` != 0
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `fatalities` = `fatalities` + excluded.`fatalities`;
END;
