-- What keeps the map instant at a million events (db/queries/event-view.ts reads these).
-- Triggers, not application code, maintain them: every way an event is written is covered.

-- Actors get a bit in events.actor_mask in order of creation (62 fit in a positive integer).
CREATE TRIGGER `actors_assign_bit` AFTER INSERT ON `actors` WHEN new.`bit` IS NULL BEGIN
  UPDATE `actors` SET `bit` = (SELECT count(*) FROM `actors` WHERE `bit` IS NOT NULL)
  WHERE `id` = new.`id` AND (SELECT count(*) FROM `actors` WHERE `bit` IS NOT NULL) < 62;
END;--> statement-breakpoint
UPDATE `actors` SET `bit` = (SELECT count(*) FROM `actors` AS `earlier` WHERE `earlier`.`rowid` < `actors`.`rowid`)
WHERE (SELECT count(*) FROM `actors` AS `earlier` WHERE `earlier`.`rowid` < `actors`.`rowid`) < 62;--> statement-breakpoint

-- (A writer that already set the bit, as the generator does, is not rewritten: index churn.)
CREATE TRIGGER `event_actors_mask_insert` AFTER INSERT ON `event_actors` BEGIN
  UPDATE `events` SET `actor_mask` = `actor_mask` | coalesce((SELECT 1 << `bit` FROM `actors` WHERE `id` = new.`actor_id`), 0)
  WHERE `id` = new.`event_id` AND `actor_mask` & coalesce((SELECT 1 << `bit` FROM `actors` WHERE `id` = new.`actor_id`), 0) = 0;
END;--> statement-breakpoint
CREATE TRIGGER `event_actors_mask_delete` AFTER DELETE ON `event_actors` BEGIN
  UPDATE `events` SET `actor_mask` = (
    SELECT coalesce(sum(DISTINCT 1 << `actors`.`bit`), 0) FROM `event_actors`
    JOIN `actors` ON `actors`.`id` = `event_actors`.`actor_id`
    WHERE `event_actors`.`event_id` = old.`event_id` AND `actors`.`bit` IS NOT NULL
  ) WHERE `id` = old.`event_id`;
END;--> statement-breakpoint
UPDATE `events` SET `actor_mask` = (
  SELECT coalesce(sum(DISTINCT 1 << `actors`.`bit`), 0) FROM `event_actors`
  JOIN `actors` ON `actors`.`id` = `event_actors`.`actor_id`
  WHERE `event_actors`.`event_id` = `events`.`id` AND `actors`.`bit` IS NOT NULL
);--> statement-breakpoint

-- Unfiltered clusters, counted ahead: for each grid level (cells of 2^-level degrees, on a
-- grid anchored at 180°W 90°S) the number of visible (not rejected) events in each cell and
-- the sums that give their centroid (a cell emptied keeps its row with n = 0). The whole-theatre view reads a few hundred rows.
CREATE TABLE `cell_levels` (`level` integer PRIMARY KEY, `scale` integer NOT NULL);--> statement-breakpoint
INSERT INTO `cell_levels` VALUES (0, 1), (1, 2), (2, 4), (3, 8), (4, 16), (5, 32), (6, 64), (7, 128);--> statement-breakpoint
CREATE TABLE `event_cells` (
  `level` integer NOT NULL,
  `cx` integer NOT NULL,
  `cy` integer NOT NULL,
  `n` integer NOT NULL,
  `sum_lon` real NOT NULL,
  `sum_lat` real NOT NULL,
  PRIMARY KEY (`level`, `cx`, `cy`)
) WITHOUT ROWID;--> statement-breakpoint
INSERT INTO `event_cells`
SELECT `level`, CAST((`lon` + 180) * `scale` AS integer) AS `x`, CAST((`lat` + 90) * `scale` AS integer) AS `y`, count(*), sum(`lon`), sum(`lat`)
FROM `events`, `cell_levels` WHERE `status` != 'rejected' GROUP BY `level`, `x`, `y`;--> statement-breakpoint
CREATE TRIGGER `event_cells_insert` AFTER INSERT ON `events` WHEN new.`status` != 'rejected' BEGIN
  INSERT INTO `event_cells`
  SELECT `level`, CAST((new.`lon` + 180) * `scale` AS integer), CAST((new.`lat` + 90) * `scale` AS integer), 1, new.`lon`, new.`lat`
  FROM `cell_levels` WHERE true
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `sum_lon` = `sum_lon` + excluded.`sum_lon`, `sum_lat` = `sum_lat` + excluded.`sum_lat`;
END;--> statement-breakpoint
CREATE TRIGGER `event_cells_delete` AFTER DELETE ON `events` WHEN old.`status` != 'rejected' BEGIN
  UPDATE `event_cells` SET `n` = `n` - 1, `sum_lon` = `sum_lon` - old.`lon`, `sum_lat` = `sum_lat` - old.`lat`
  FROM `cell_levels` WHERE `event_cells`.`level` = `cell_levels`.`level`
    AND `cx` = CAST((old.`lon` + 180) * `scale` AS integer) AND `cy` = CAST((old.`lat` + 90) * `scale` AS integer);
END;--> statement-breakpoint
CREATE TRIGGER `event_cells_update` AFTER UPDATE OF `status`, `lon`, `lat` ON `events` BEGIN
  UPDATE `event_cells` SET `n` = `n` - 1, `sum_lon` = `sum_lon` - old.`lon`, `sum_lat` = `sum_lat` - old.`lat`
  FROM `cell_levels` WHERE old.`status` != 'rejected' AND `event_cells`.`level` = `cell_levels`.`level`
    AND `cx` = CAST((old.`lon` + 180) * `scale` AS integer) AND `cy` = CAST((old.`lat` + 90) * `scale` AS integer);
  INSERT INTO `event_cells`
  SELECT `level`, CAST((new.`lon` + 180) * `scale` AS integer), CAST((new.`lat` + 90) * `scale` AS integer), 1, new.`lon`, new.`lat`
  FROM `cell_levels` WHERE new.`status` != 'rejected'
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `sum_lon` = `sum_lon` + excluded.`sum_lon`, `sum_lat` = `sum_lat` + excluded.`sum_lat`;
END;
;--> statement-breakpoint

-- The unfiltered timeline, counted ahead: visible events per first day and date precision.
CREATE TABLE `event_days` (
  `date_start` text NOT NULL,
  `date_precision` text NOT NULL,
  `n` integer NOT NULL,
  PRIMARY KEY (`date_start`, `date_precision`)
) WITHOUT ROWID;--> statement-breakpoint
INSERT INTO `event_days` SELECT `date_start`, `date_precision`, count(*) FROM `events` WHERE `status` != 'rejected' GROUP BY 1, 2;--> statement-breakpoint
CREATE TRIGGER `event_days_insert` AFTER INSERT ON `events` WHEN new.`status` != 'rejected' BEGIN
  INSERT INTO `event_days` VALUES (new.`date_start`, new.`date_precision`, 1) ON CONFLICT DO UPDATE SET `n` = `n` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `event_days_delete` AFTER DELETE ON `events` WHEN old.`status` != 'rejected' BEGIN
  UPDATE `event_days` SET `n` = `n` - 1 WHERE `date_start` = old.`date_start` AND `date_precision` = old.`date_precision`;
END;--> statement-breakpoint
CREATE TRIGGER `event_days_update` AFTER UPDATE OF `status`, `date_start`, `date_precision` ON `events` BEGIN
  UPDATE `event_days` SET `n` = `n` - 1
  WHERE old.`status` != 'rejected' AND `date_start` = old.`date_start` AND `date_precision` = old.`date_precision`;
  INSERT INTO `event_days` SELECT new.`date_start`, new.`date_precision`, 1 WHERE new.`status` != 'rejected'
  ON CONFLICT DO UPDATE SET `n` = `n` + 1;
END;--> statement-breakpoint

-- Visible events per actor (an actor in two roles of one event counts once), for the actor list.
CREATE TABLE `actor_event_counts` (`actor_id` text PRIMARY KEY NOT NULL, `n` integer NOT NULL) WITHOUT ROWID;--> statement-breakpoint
INSERT INTO `actor_event_counts`
SELECT `actor_id`, count(DISTINCT `event_id`) FROM `event_actors` JOIN `events` ON `events`.`id` = `event_actors`.`event_id`
WHERE `events`.`status` != 'rejected' GROUP BY `actor_id`;--> statement-breakpoint
CREATE TRIGGER `actor_event_counts_insert` AFTER INSERT ON `event_actors` BEGIN
  INSERT INTO `actor_event_counts` SELECT new.`actor_id`, 1 FROM `events`
  WHERE `id` = new.`event_id` AND `status` != 'rejected'
    AND NOT EXISTS (SELECT 1 FROM `event_actors` WHERE `event_id` = new.`event_id` AND `actor_id` = new.`actor_id` AND `role` != new.`role`)
  ON CONFLICT DO UPDATE SET `n` = `n` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `actor_event_counts_delete` AFTER DELETE ON `event_actors` BEGIN
  UPDATE `actor_event_counts` SET `n` = `n` - 1
  WHERE `actor_id` = old.`actor_id`
    AND EXISTS (SELECT 1 FROM `events` WHERE `id` = old.`event_id` AND `status` != 'rejected')
    AND NOT EXISTS (SELECT 1 FROM `event_actors` WHERE `event_id` = old.`event_id` AND `actor_id` = old.`actor_id`);
END;--> statement-breakpoint
CREATE TRIGGER `actor_event_counts_status` AFTER UPDATE OF `status` ON `events`
WHEN (old.`status` = 'rejected') != (new.`status` = 'rejected') BEGIN
  INSERT INTO `actor_event_counts`
  SELECT DISTINCT `actor_id`, CASE WHEN new.`status` = 'rejected' THEN -1 ELSE 1 END FROM `event_actors` WHERE `event_id` = new.`id` AND true
  ON CONFLICT DO UPDATE SET `n` = `n` + excluded.`n`;
END;
