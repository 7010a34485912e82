CREATE TABLE `incident_links` (
	`event_id` integer PRIMARY KEY NOT NULL,
	`matched_event_id` integer NOT NULL,
	`score` real NOT NULL,
	`agreed` text NOT NULL,
	`linked_by` text NOT NULL,
	`linked_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`lead_event_id` integer NOT NULL,
	`reports` integer NOT NULL,
	`independent_sources` integer NOT NULL,
	`contested` integer DEFAULT false NOT NULL,
	`credibility` integer NOT NULL,
	`credibility_override` integer,
	`override_reason` text,
	`overridden_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `outlets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`domain` text,
	`grade` text DEFAULT 'F' NOT NULL,
	`graded_by` text,
	`graded_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outlets_name_key_unique` ON `outlets` (`name_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `outlets_domain_unique` ON `outlets` (`domain`);--> statement-breakpoint
DROP INDEX `events_timeline_idx`;--> statement-breakpoint
DROP INDEX `events_map_idx`;--> statement-breakpoint
ALTER TABLE `events` ADD `incident_id` integer REFERENCES incidents(id);--> statement-breakpoint
ALTER TABLE `events` ADD `folded` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `sources` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `reliability` integer DEFAULT 6 NOT NULL;--> statement-breakpoint
CREATE INDEX `events_incident_idx` ON `events` (`incident_id`) WHERE incident_id is not null;--> statement-breakpoint
CREATE INDEX `events_timeline_idx` ON `events` (`date_start`,`date_precision`,`status`,`type`,`date_end`,`actor_mask`,`region_mask`,`border_km`,`lon`,`lat`,`source_kind`,`fatalities`,`folded`,`sources`,`reliability`);--> statement-breakpoint
CREATE INDEX `events_map_idx` ON `events` (`lon`,`lat`,`status`,`type`,`date_start`,`date_end`,`actor_mask`,`region_mask`,`border_km`,`source_kind`,`fatalities`,`folded`,`sources`,`reliability`);--> statement-breakpoint
ALTER TABLE `articles` ADD `outlet_id` integer REFERENCES outlets(id);--> statement-breakpoint
ALTER TABLE `articles` ADD `wire` text;--> statement-breakpoint
-- Folded reports (an incident's reports other than its lead, db/queries/incidents.ts) count nowhere:
-- every counted table and view of migrations 0005, 0008, 0010 and 0014 now counts events that are
-- neither rejected nor folded. Existing events are all unfolded, so the counts stand as they are.
DROP TRIGGER `actor_event_counts_delete`;--> statement-breakpoint
CREATE TRIGGER `actor_event_counts_delete` AFTER DELETE ON `event_actors` BEGIN
  UPDATE `actor_event_counts` SET `n` = `n` - 1
  WHERE `actor_id` = old.`actor_id`
    AND EXISTS (SELECT 1 FROM `events` WHERE `id` = old.`event_id` AND `status` != 'rejected' AND `folded` = 0)
    AND NOT EXISTS (SELECT 1 FROM `event_actors` WHERE `event_id` = old.`event_id` AND `actor_id` = old.`actor_id`);
END;--> statement-breakpoint
DROP TRIGGER `actor_event_counts_insert`;--> statement-breakpoint
CREATE TRIGGER `actor_event_counts_insert` AFTER INSERT ON `event_actors` BEGIN
  INSERT INTO `actor_event_counts` SELECT new.`actor_id`, 1 FROM `events`
  WHERE `id` = new.`event_id` AND `status` != 'rejected' AND `folded` = 0
    AND NOT EXISTS (SELECT 1 FROM `event_actors` WHERE `event_id` = new.`event_id` AND `actor_id` = new.`actor_id` AND `role` != new.`role`)
  ON CONFLICT DO UPDATE SET `n` = `n` + 1;
END;--> statement-breakpoint
DROP TRIGGER `actor_event_counts_status`;--> statement-breakpoint
CREATE TRIGGER `actor_event_counts_status` AFTER UPDATE OF `status`, `folded` ON `events`
WHEN (old.`status` = 'rejected' OR old.`folded`) != (new.`status` = 'rejected' OR new.`folded`) BEGIN
  INSERT INTO `actor_event_counts`
  SELECT DISTINCT `actor_id`, CASE WHEN new.`status` = 'rejected' OR new.`folded` THEN -1 ELSE 1 END FROM `event_actors` WHERE `event_id` = new.`id` AND true
  ON CONFLICT DO UPDATE SET `n` = `n` + excluded.`n`;
END;--> statement-breakpoint
DROP TRIGGER `event_actor_cells_delete`;--> statement-breakpoint
CREATE TRIGGER `event_actor_cells_delete` AFTER DELETE ON `event_actors` BEGIN
  UPDATE `event_actor_cells` SET `n` = `n` - 1, `sum_lon` = `sum_lon` - `events`.`lon`, `sum_lat` = `sum_lat` - `events`.`lat`
  FROM `events`, `cell_levels`
  WHERE `events`.`id` = old.`event_id` AND `events`.`status` != 'rejected' AND `events`.`folded` = 0
    AND NOT EXISTS (SELECT 1 FROM `event_actors` WHERE `event_id` = old.`event_id` AND `actor_id` = old.`actor_id`)
    AND `event_actor_cells`.`actor_id` = old.`actor_id` AND `event_actor_cells`.`level` = `cell_levels`.`level`
    AND `cx` = CAST((`events`.`lon` + 180) * `scale` AS integer) AND `cy` = CAST((`events`.`lat` + 90) * `scale` AS integer);
END;--> statement-breakpoint
DROP TRIGGER `event_actor_cells_insert`;--> statement-breakpoint
CREATE TRIGGER `event_actor_cells_insert` AFTER INSERT ON `event_actors` BEGIN
  INSERT INTO `event_actor_cells`
  SELECT new.`actor_id`, `level`, CAST((`lon` + 180) * `scale` AS integer), CAST((`lat` + 90) * `scale` AS integer), 1, `lon`, `lat`
  FROM `events`, `cell_levels`
  WHERE `events`.`id` = new.`event_id` AND `status` != 'rejected' AND `folded` = 0
    AND NOT EXISTS (SELECT 1 FROM `event_actors` WHERE `event_id` = new.`event_id` AND `actor_id` = new.`actor_id` AND `role` != new.`role`)
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `sum_lon` = `sum_lon` + excluded.`sum_lon`, `sum_lat` = `sum_lat` + excluded.`sum_lat`;
END;--> statement-breakpoint
DROP TRIGGER `event_actor_cells_update`;--> statement-breakpoint
CREATE TRIGGER `event_actor_cells_update` AFTER UPDATE OF `status`, `folded`, `lon`, `lat` ON `events` BEGIN
  UPDATE `event_actor_cells` SET `n` = `n` - 1, `sum_lon` = `sum_lon` - old.`lon`, `sum_lat` = `sum_lat` - old.`lat`
  FROM (SELECT DISTINCT `actor_id` AS `actor` FROM `event_actors` WHERE `event_id` = old.`id`), `cell_levels`
  WHERE old.`status` != 'rejected' AND old.`folded` = 0 AND `event_actor_cells`.`actor_id` = `actor` AND `event_actor_cells`.`level` = `cell_levels`.`level`
    AND `cx` = CAST((old.`lon` + 180) * `scale` AS integer) AND `cy` = CAST((old.`lat` + 90) * `scale` AS integer);
  INSERT INTO `event_actor_cells`
  SELECT DISTINCT `actor_id`, `level`, CAST((new.`lon` + 180) * `scale` AS integer), CAST((new.`lat` + 90) * `scale` AS integer), 1, new.`lon`, new.`lat`
  FROM `event_actors`, `cell_levels` WHERE `event_id` = new.`id` AND new.`status` != 'rejected' AND new.`folded` = 0
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `sum_lon` = `sum_lon` + excluded.`sum_lon`, `sum_lat` = `sum_lat` + excluded.`sum_lat`;
END;--> statement-breakpoint
DROP TRIGGER `event_cells_delete`;--> statement-breakpoint
CREATE TRIGGER `event_cells_delete` AFTER DELETE ON `events` WHEN old.`status` != 'rejected' AND old.`folded` = 0 BEGIN
  UPDATE `event_cells` SET `n` = `n` - 1, `sum_lon` = `sum_lon` - old.`lon`, `sum_lat` = `sum_lat` - old.`lat`
  FROM `cell_levels` WHERE `event_cells`.`level` = `cell_levels`.`level`
    AND `cx` = CAST((old.`lon` + 180) * `scale` AS integer) AND `cy` = CAST((old.`lat` + 90) * `scale` AS integer);
END;--> statement-breakpoint
DROP TRIGGER `event_cells_insert`;--> statement-breakpoint
CREATE TRIGGER `event_cells_insert` AFTER INSERT ON `events` WHEN new.`status` != 'rejected' AND new.`folded` = 0 BEGIN
  INSERT INTO `event_cells`
  SELECT `level`, CAST((new.`lon` + 180) * `scale` AS integer), CAST((new.`lat` + 90) * `scale` AS integer), 1, new.`lon`, new.`lat`
  FROM `cell_levels` WHERE true
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `sum_lon` = `sum_lon` + excluded.`sum_lon`, `sum_lat` = `sum_lat` + excluded.`sum_lat`;
END;--> statement-breakpoint
DROP TRIGGER `event_cells_update`;--> statement-breakpoint
CREATE TRIGGER `event_cells_update` AFTER UPDATE OF `status`, `folded`, `lon`, `lat` ON `events` BEGIN
  UPDATE `event_cells` SET `n` = `n` - 1, `sum_lon` = `sum_lon` - old.`lon`, `sum_lat` = `sum_lat` - old.`lat`
  FROM `cell_levels` WHERE old.`status` != 'rejected' AND old.`folded` = 0 AND `event_cells`.`level` = `cell_levels`.`level`
    AND `cx` = CAST((old.`lon` + 180) * `scale` AS integer) AND `cy` = CAST((old.`lat` + 90) * `scale` AS integer);
  INSERT INTO `event_cells`
  SELECT `level`, CAST((new.`lon` + 180) * `scale` AS integer), CAST((new.`lat` + 90) * `scale` AS integer), 1, new.`lon`, new.`lat`
  FROM `cell_levels` WHERE new.`status` != 'rejected' AND new.`folded` = 0
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `sum_lon` = `sum_lon` + excluded.`sum_lon`, `sum_lat` = `sum_lat` + excluded.`sum_lat`;
END;--> statement-breakpoint
DROP TRIGGER `event_days_delete`;--> statement-breakpoint
CREATE TRIGGER `event_days_delete` AFTER DELETE ON `events` WHEN old.`status` != 'rejected' AND old.`folded` = 0 BEGIN
  UPDATE `event_days` SET `n` = `n` - 1, `fatalities` = `fatalities` - coalesce(old.`fatalities`, 0)
  WHERE `date_start` = old.`date_start` AND `date_precision` = old.`date_precision`;
END;--> statement-breakpoint
DROP TRIGGER `event_days_insert`;--> statement-breakpoint
CREATE TRIGGER `event_days_insert` AFTER INSERT ON `events` WHEN new.`status` != 'rejected' AND new.`folded` = 0 BEGIN
  INSERT INTO `event_days` VALUES (new.`date_start`, new.`date_precision`, 1, coalesce(new.`fatalities`, 0))
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `fatalities` = `fatalities` + excluded.`fatalities`;
END;--> statement-breakpoint
DROP TRIGGER `event_days_update`;--> statement-breakpoint
CREATE TRIGGER `event_days_update` AFTER UPDATE OF `status`, `folded`, `date_start`, `date_precision`, `fatalities` ON `events` BEGIN
  UPDATE `event_days` SET `n` = `n` - 1, `fatalities` = `fatalities` - coalesce(old.`fatalities`, 0)
  WHERE old.`status` != 'rejected' AND old.`folded` = 0 AND `date_start` = old.`date_start` AND `date_precision` = old.`date_precision`;
  INSERT INTO `event_days` SELECT new.`date_start`, new.`date_precision`, 1, coalesce(new.`fatalities`, 0) WHERE new.`status` != 'rejected' AND new.`folded` = 0
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `fatalities` = `fatalities` + excluded.`fatalities`;
END;--> statement-breakpoint
DROP VIEW `actor_event_counts_counted`;--> statement-breakpoint
CREATE VIEW `actor_event_counts_counted` AS
SELECT `actor_id`, count(DISTINCT `event_id`) AS `n` FROM `event_actors` JOIN `events` ON `events`.`id` = `event_actors`.`event_id`
WHERE `events`.`status` != 'rejected' AND `events`.`folded` = 0 GROUP BY `actor_id`;--> statement-breakpoint
DROP VIEW `event_actor_cells_counted`;--> statement-breakpoint
CREATE VIEW `event_actor_cells_counted` AS
SELECT `actor_id`, `level`, CAST((`lon` + 180) * `scale` AS integer) AS `cx`, CAST((`lat` + 90) * `scale` AS integer) AS `cy`,
  count(*) AS `n`, sum(`lon`) AS `sum_lon`, sum(`lat`) AS `sum_lat`
FROM (SELECT DISTINCT `event_id`, `actor_id` FROM `event_actors`) AS `pairs`
JOIN `events` ON `events`.`id` = `pairs`.`event_id`, `cell_levels`
WHERE `events`.`status` != 'rejected' AND `events`.`folded` = 0 GROUP BY 1, 2, 3, 4;--> statement-breakpoint
DROP VIEW `event_cells_counted`;--> statement-breakpoint
CREATE VIEW `event_cells_counted` AS
SELECT `level`, CAST((`lon` + 180) * `scale` AS integer) AS `cx`, CAST((`lat` + 90) * `scale` AS integer) AS `cy`,
  count(*) AS `n`, sum(`lon`) AS `sum_lon`, sum(`lat`) AS `sum_lat`
FROM `events`, `cell_levels` WHERE `status` != 'rejected' AND `folded` = 0 GROUP BY 1, 2, 3;--> statement-breakpoint
DROP VIEW `event_days_counted`;--> statement-breakpoint
CREATE VIEW `event_days_counted` AS
SELECT `date_start`, `date_precision`, count(*) AS `n`, coalesce(sum(`fatalities`), 0) AS `fatalities` FROM `events` WHERE `status` != 'rejected' AND `folded` = 0 GROUP BY 1, 2;
