-- The timeline for one actor, counted ahead like event_days (migrations 0005, 0014, 0017): "only
-- this actor" reads that actor's days and "hide this actor" every day less that actor's, instead
-- of grouping a million index entries (134 ms at a million events, scripts/bench.ts). Kept by the
-- same rules as event_actor_cells (0008, 0017): visible events only (neither rejected nor
-- folded), an actor in two roles of one event counted once.
CREATE TABLE `event_actor_days` (
  `actor_id` text NOT NULL,
  `date_start` text NOT NULL,
  `date_precision` text NOT NULL,
  `n` integer NOT NULL,
  `fatalities` integer NOT NULL,
  PRIMARY KEY (`actor_id`, `date_start`, `date_precision`)
) WITHOUT ROWID;--> statement-breakpoint
CREATE VIEW `event_actor_days_counted` AS
SELECT `actor_id`, `date_start`, `date_precision`, count(*) AS `n`, coalesce(sum(`fatalities`), 0) AS `fatalities`
FROM (SELECT DISTINCT `event_id`, `actor_id` FROM `event_actors`) AS `pairs`
JOIN `events` ON `events`.`id` = `pairs`.`event_id`
WHERE `events`.`status` != 'rejected' AND `events`.`folded` = 0 GROUP BY 1, 2, 3;--> statement-breakpoint
INSERT INTO `event_actor_days` SELECT * FROM `event_actor_days_counted`;--> statement-breakpoint
CREATE TRIGGER `event_actor_days_insert` AFTER INSERT ON `event_actors` BEGIN
  INSERT INTO `event_actor_days`
  SELECT new.`actor_id`, `date_start`, `date_precision`, 1, coalesce(`fatalities`, 0) FROM `events`
  WHERE `events`.`id` = new.`event_id` AND `status` != 'rejected' AND `folded` = 0
    AND NOT EXISTS (SELECT 1 FROM `event_actors` WHERE `event_id` = new.`event_id` AND `actor_id` = new.`actor_id` AND `role` != new.`role`)
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `fatalities` = `fatalities` + excluded.`fatalities`;
END;--> statement-breakpoint
CREATE TRIGGER `event_actor_days_delete` AFTER DELETE ON `event_actors` BEGIN
  UPDATE `event_actor_days` SET `n` = `n` - 1, `fatalities` = `event_actor_days`.`fatalities` - coalesce(`events`.`fatalities`, 0)
  FROM `events`
  WHERE `events`.`id` = old.`event_id` AND `events`.`status` != 'rejected' AND `events`.`folded` = 0
    AND NOT EXISTS (SELECT 1 FROM `event_actors` WHERE `event_id` = old.`event_id` AND `actor_id` = old.`actor_id`)
    AND `event_actor_days`.`actor_id` = old.`actor_id`
    AND `event_actor_days`.`date_start` = `events`.`date_start` AND `event_actor_days`.`date_precision` = `events`.`date_precision`;
END;--> statement-breakpoint
CREATE TRIGGER `event_actor_days_update` AFTER UPDATE OF `status`, `folded`, `date_start`, `date_precision`, `fatalities` ON `events` BEGIN
  UPDATE `event_actor_days` SET `n` = `n` - 1, `fatalities` = `fatalities` - coalesce(old.`fatalities`, 0)
  FROM (SELECT DISTINCT `actor_id` AS `actor` FROM `event_actors` WHERE `event_id` = old.`id`)
  WHERE old.`status` != 'rejected' AND old.`folded` = 0 AND `event_actor_days`.`actor_id` = `actor`
    AND `date_start` = old.`date_start` AND `date_precision` = old.`date_precision`;
  INSERT INTO `event_actor_days`
  SELECT DISTINCT `actor_id`, new.`date_start`, new.`date_precision`, 1, coalesce(new.`fatalities`, 0)
  FROM `event_actors` WHERE `event_id` = new.`id` AND new.`status` != 'rejected' AND new.`folded` = 0
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `fatalities` = `fatalities` + excluded.`fatalities`;
END;
