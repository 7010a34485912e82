-- Clusters for one actor's events, counted ahead like event_cells (migration 0005): the
-- dashboard's commonest filters are "only this actor" (that actor's cells) and "hide this
-- actor" (all cells less that actor's), answered without scanning a million events.
-- An actor in two roles of one event counts once.
CREATE TABLE `event_actor_cells` (
  `actor_id` text NOT NULL,
  `level` integer NOT NULL,
  `cx` integer NOT NULL,
  `cy` integer NOT NULL,
  `n` integer NOT NULL,
  `sum_lon` real NOT NULL,
  `sum_lat` real NOT NULL,
  PRIMARY KEY (`actor_id`, `level`, `cx`, `cy`)
) WITHOUT ROWID;--> statement-breakpoint
INSERT INTO `event_actor_cells`
SELECT `actor_id`, `level`, CAST((`lon` + 180) * `scale` AS integer) AS `x`, CAST((`lat` + 90) * `scale` AS integer) AS `y`, count(*), sum(`lon`), sum(`lat`)
FROM (SELECT DISTINCT `event_id`, `actor_id` FROM `event_actors`) AS `pairs`
JOIN `events` ON `events`.`id` = `pairs`.`event_id`, `cell_levels`
WHERE `events`.`status` != 'rejected' GROUP BY 1, 2, 3, 4;--> statement-breakpoint
CREATE TRIGGER `event_actor_cells_insert` AFTER INSERT ON `event_actors` BEGIN
  INSERT INTO `event_actor_cells`
  SELECT new.`actor_id`, `level`, CAST((`lon` + 180) * `scale` AS integer), CAST((`lat` + 90) * `scale` AS integer), 1, `lon`, `lat`
  FROM `events`, `cell_levels`
  WHERE `events`.`id` = new.`event_id` AND `status` != 'rejected'
    AND NOT EXISTS (SELECT 1 FROM `event_actors` WHERE `event_id` = new.`event_id` AND `actor_id` = new.`actor_id` AND `role` != new.`role`)
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `sum_lon` = `sum_lon` + excluded.`sum_lon`, `sum_lat` = `sum_lat` + excluded.`sum_lat`;
END;--> statement-breakpoint
CREATE TRIGGER `event_actor_cells_delete` AFTER DELETE ON `event_actors` BEGIN
  UPDATE `event_actor_cells` SET `n` = `n` - 1, `sum_lon` = `sum_lon` - `events`.`lon`, `sum_lat` = `sum_lat` - `events`.`lat`
  FROM `events`, `cell_levels`
  WHERE `events`.`id` = old.`event_id` AND `events`.`status` != 'rejected'
    AND NOT EXISTS (SELECT 1 FROM `event_actors` WHERE `event_id` = old.`event_id` AND `actor_id` = old.`actor_id`)
    AND `event_actor_cells`.`actor_id` = old.`actor_id` AND `event_actor_cells`.`level` = `cell_levels`.`level`
    AND `cx` = CAST((`events`.`lon` + 180) * `scale` AS integer) AND `cy` = CAST((`events`.`lat` + 90) * `scale` AS integer);
END;--> statement-breakpoint
CREATE TRIGGER `event_actor_cells_update` AFTER UPDATE OF `status`, `lon`, `lat` ON `events` BEGIN
  UPDATE `event_actor_cells` SET `n` = `n` - 1, `sum_lon` = `sum_lon` - old.`lon`, `sum_lat` = `sum_lat` - old.`lat`
  FROM (SELECT DISTINCT `actor_id` AS `actor` FROM `event_actors` WHERE `event_id` = old.`id`), `cell_levels`
  WHERE old.`status` != 'rejected' AND `event_actor_cells`.`actor_id` = `actor` AND `event_actor_cells`.`level` = `cell_levels`.`level`
    AND `cx` = CAST((old.`lon` + 180) * `scale` AS integer) AND `cy` = CAST((old.`lat` + 90) * `scale` AS integer);
  INSERT INTO `event_actor_cells`
  SELECT DISTINCT `actor_id`, `level`, CAST((new.`lon` + 180) * `scale` AS integer), CAST((new.`lat` + 90) * `scale` AS integer), 1, new.`lon`, new.`lat`
  FROM `event_actors`, `cell_levels` WHERE `event_id` = new.`id` AND new.`status` != 'rejected'
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `sum_lon` = `sum_lon` + excluded.`sum_lon`, `sum_lat` = `sum_lat` + excluded.`sum_lat`;
END;
