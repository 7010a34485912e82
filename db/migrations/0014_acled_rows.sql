CREATE TABLE `acled_records` (
	`event_id` integer PRIMARY KEY NOT NULL,
	`event_id_cnty` text NOT NULL,
	`timestamp` integer NOT NULL,
	`event_date` text NOT NULL,
	`time_precision` integer NOT NULL,
	`disorder_type` text NOT NULL,
	`event_type` text NOT NULL,
	`sub_event_type` text NOT NULL,
	`actor1` text NOT NULL,
	`assoc_actor_1` text NOT NULL,
	`inter1` text NOT NULL,
	`actor2` text NOT NULL,
	`assoc_actor_2` text NOT NULL,
	`inter2` text NOT NULL,
	`interaction` text NOT NULL,
	`civilian_targeting` text NOT NULL,
	`iso` text NOT NULL,
	`region` text NOT NULL,
	`country` text NOT NULL,
	`admin1` text NOT NULL,
	`admin2` text NOT NULL,
	`admin3` text NOT NULL,
	`location` text NOT NULL,
	`source` text NOT NULL,
	`source_scale` text NOT NULL,
	`notes` text NOT NULL,
	`tags` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `acled_records_event_id_cnty_unique` ON `acled_records` (`event_id_cnty`);--> statement-breakpoint
CREATE TABLE `actor_name_mappings` (
	`name` text PRIMARY KEY NOT NULL,
	`actor_id` text NOT NULL,
	`mapped_by` text NOT NULL,
	`mapped_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
DROP INDEX `events_timeline_idx`;--> statement-breakpoint
DROP INDEX `events_map_idx`;--> statement-breakpoint
ALTER TABLE `events` ADD `fatalities` integer;--> statement-breakpoint
ALTER TABLE `events` ADD `source_kind` text DEFAULT 'article' NOT NULL;--> statement-breakpoint
CREATE INDEX `events_timeline_idx` ON `events` (`date_start`,`date_precision`,`status`,`type`,`date_end`,`actor_mask`,`region_mask`,`border_km`,`lon`,`lat`,`source_kind`,`fatalities`);--> statement-breakpoint
CREATE INDEX `events_map_idx` ON `events` (`lon`,`lat`,`status`,`type`,`date_start`,`date_end`,`actor_mask`,`region_mask`,`border_km`,`source_kind`,`fatalities`);--> statement-breakpoint
-- The unfiltered timeline's counts (migration 0005) also sum the deaths reported, for its tooltip.
DROP TRIGGER `event_days_insert`;--> statement-breakpoint
DROP TRIGGER `event_days_delete`;--> statement-breakpoint
DROP TRIGGER `event_days_update`;--> statement-breakpoint
DROP VIEW `event_days_counted`;--> statement-breakpoint
ALTER TABLE `event_days` ADD `fatalities` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE VIEW `event_days_counted` AS
SELECT `date_start`, `date_precision`, count(*) AS `n`, coalesce(sum(`fatalities`), 0) AS `fatalities` FROM `events` WHERE `status` != 'rejected' GROUP BY 1, 2;--> statement-breakpoint
CREATE TRIGGER `event_days_insert` AFTER INSERT ON `events` WHEN new.`status` != 'rejected' BEGIN
  INSERT INTO `event_days` VALUES (new.`date_start`, new.`date_precision`, 1, coalesce(new.`fatalities`, 0))
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `fatalities` = `fatalities` + excluded.`fatalities`;
END;--> statement-breakpoint
CREATE TRIGGER `event_days_delete` AFTER DELETE ON `events` WHEN old.`status` != 'rejected' BEGIN
  UPDATE `event_days` SET `n` = `n` - 1, `fatalities` = `fatalities` - coalesce(old.`fatalities`, 0)
  WHERE `date_start` = old.`date_start` AND `date_precision` = old.`date_precision`;
END;--> statement-breakpoint
CREATE TRIGGER `event_days_update` AFTER UPDATE OF `status`, `date_start`, `date_precision`, `fatalities` ON `events` BEGIN
  UPDATE `event_days` SET `n` = `n` - 1, `fatalities` = `fatalities` - coalesce(old.`fatalities`, 0)
  WHERE old.`status` != 'rejected' AND `date_start` = old.`date_start` AND `date_precision` = old.`date_precision`;
  INSERT INTO `event_days` SELECT new.`date_start`, new.`date_precision`, 1, coalesce(new.`fatalities`, 0) WHERE new.`status` != 'rejected'
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `fatalities` = `fatalities` + excluded.`fatalities`;
END;
