-- The timeline for one or two actors under a type filter, counted ahead: each day's visible events
-- per pair of actors an event names and per type, an actor paired with itself standing for the
-- actor alone. "A or B" is then A's days plus B's less the days of events naming both, a few
-- thousand rows, where reading each actor's event_actor_facts rows (0024) read 50,000 at a million
-- events (24–36 ms, docs/performance.md). Kept by the same rules as event_actor_days (0021):
-- visible events only (neither rejected nor folded), an actor in two roles of one event counted once.
CREATE TABLE `event_actor_pair_days` (
  `actor_a` text NOT NULL,
  `actor_b` text NOT NULL,
  `type` text NOT NULL,
  `date_start` text NOT NULL,
  `date_precision` text NOT NULL,
  `n` integer NOT NULL,
  `fatalities` integer NOT NULL,
  PRIMARY KEY (`actor_a`, `actor_b`, `type`, `date_start`, `date_precision`)
) WITHOUT ROWID;--> statement-breakpoint
CREATE VIEW `event_actor_pair_days_counted` AS
SELECT `a`.`actor_id` AS `actor_a`, `b`.`actor_id` AS `actor_b`, `type`, `date_start`, `date_precision`,
  count(*) AS `n`, coalesce(sum(`fatalities`), 0) AS `fatalities`
FROM (SELECT DISTINCT `event_id`, `actor_id` FROM `event_actors`) AS `a`
JOIN (SELECT DISTINCT `event_id`, `actor_id` FROM `event_actors`) AS `b` ON `b`.`event_id` = `a`.`event_id` AND `a`.`actor_id` <= `b`.`actor_id`
JOIN `events` ON `events`.`id` = `a`.`event_id`
WHERE `events`.`status` != 'rejected' AND `events`.`folded` = 0 GROUP BY 1, 2, 3, 4, 5;--> statement-breakpoint
INSERT INTO `event_actor_pair_days` SELECT * FROM `event_actor_pair_days_counted`;--> statement-breakpoint
-- A new actor of an event pairs with each of the event's actors, itself included (its row is in already).
CREATE TRIGGER `event_actor_pair_days_insert` AFTER INSERT ON `event_actors` BEGIN
  INSERT INTO `event_actor_pair_days`
  SELECT min(new.`actor_id`, `other`), max(new.`actor_id`, `other`), `type`, `date_start`, `date_precision`, 1, coalesce(`fatalities`, 0)
  FROM `events`, (SELECT DISTINCT `actor_id` AS `other` FROM `event_actors` WHERE `event_id` = new.`event_id`)
  WHERE `events`.`id` = new.`event_id` AND `status` != 'rejected' AND `folded` = 0
    AND NOT EXISTS (SELECT 1 FROM `event_actors` WHERE `event_id` = new.`event_id` AND `actor_id` = new.`actor_id` AND `role` != new.`role`)
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `fatalities` = `fatalities` + excluded.`fatalities`;
END;--> statement-breakpoint
CREATE TRIGGER `event_actor_pair_days_delete` AFTER DELETE ON `event_actors` BEGIN
  UPDATE `event_actor_pair_days` SET `n` = `n` - 1, `fatalities` = `event_actor_pair_days`.`fatalities` - coalesce(`events`.`fatalities`, 0)
  FROM `events`, (SELECT `actor_id` AS `other` FROM `event_actors` WHERE `event_id` = old.`event_id` UNION SELECT old.`actor_id`)
  WHERE `events`.`id` = old.`event_id` AND `events`.`status` != 'rejected' AND `events`.`folded` = 0
    AND NOT EXISTS (SELECT 1 FROM `event_actors` WHERE `event_id` = old.`event_id` AND `actor_id` = old.`actor_id`)
    AND `actor_a` = min(old.`actor_id`, `other`) AND `actor_b` = max(old.`actor_id`, `other`)
    AND `event_actor_pair_days`.`type` = `events`.`type` AND `event_actor_pair_days`.`date_start` = `events`.`date_start`
    AND `event_actor_pair_days`.`date_precision` = `events`.`date_precision`;
END;--> statement-breakpoint
CREATE TRIGGER `event_actor_pair_days_update` AFTER UPDATE OF `status`, `folded`, `type`, `date_start`, `date_precision`, `fatalities` ON `events` BEGIN
  UPDATE `event_actor_pair_days` SET `n` = `n` - 1, `fatalities` = `fatalities` - coalesce(old.`fatalities`, 0)
  FROM (SELECT DISTINCT `a`.`actor_id` AS `pair_a`, `b`.`actor_id` AS `pair_b` FROM `event_actors` AS `a`
    JOIN `event_actors` AS `b` ON `b`.`event_id` = `a`.`event_id` AND `a`.`actor_id` <= `b`.`actor_id` WHERE `a`.`event_id` = old.`id`)
  WHERE old.`status` != 'rejected' AND old.`folded` = 0 AND `actor_a` = `pair_a` AND `actor_b` = `pair_b`
    AND `type` = old.`type` AND `date_start` = old.`date_start` AND `date_precision` = old.`date_precision`;
  INSERT INTO `event_actor_pair_days`
  SELECT DISTINCT `a`.`actor_id`, `b`.`actor_id`, new.`type`, new.`date_start`, new.`date_precision`, 1, coalesce(new.`fatalities`, 0)
  FROM `event_actors` AS `a` JOIN `event_actors` AS `b` ON `b`.`event_id` = `a`.`event_id` AND `a`.`actor_id` <= `b`.`actor_id`
  WHERE `a`.`event_id` = new.`id` AND new.`status` != 'rejected' AND new.`folded` = 0
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `fatalities` = `fatalities` + excluded.`fatalities`;
END;
