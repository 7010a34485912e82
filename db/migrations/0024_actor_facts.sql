-- Each visible event's filter columns once per actor taking part, in the order of an actor filter:
-- actor, type, first day. A view or timeline filtered by actors together with types, dates or
-- grades (what the counted tables cannot answer) reads the actors' own entries instead of a date's or
-- a box's entries for every actor (two actors, a type and four years over the theatre at a million
-- events: 22,000 entries where events_timeline_idx held 430,000). Region and border distance are not
-- copied (their filters read the events' covering indexes): recomputing them for a new region version
-- rewrites no row here. Visible events only (neither rejected nor folded); an actor in two roles of
-- one event has one row. Written by triggers (events are never deleted, only rejected), read by db/queries/actor-facts.ts.
CREATE TABLE `event_actor_facts` (
  `actor_id` text NOT NULL,
  `type` text NOT NULL,
  `date_start` text NOT NULL,
  `event_id` integer NOT NULL,
  `date_precision` text NOT NULL,
  `date_end` text NOT NULL,
  `lon` real NOT NULL,
  `lat` real NOT NULL,
  `actor_mask` integer NOT NULL,
  `source_kind` text NOT NULL,
  `fatalities` integer,
  `sources` integer NOT NULL,
  `reliability` integer NOT NULL,
  PRIMARY KEY (`actor_id`, `type`, `date_start`, `event_id`)
) WITHOUT ROWID;--> statement-breakpoint
CREATE VIEW `event_actor_facts_counted` AS
SELECT DISTINCT `event_actors`.`actor_id`, `events`.`type`, `events`.`date_start`, `events`.`id`, `events`.`date_precision`,
  `events`.`date_end`, `events`.`lon`, `events`.`lat`, `events`.`actor_mask`, `events`.`source_kind`, `events`.`fatalities`,
  `events`.`sources`, `events`.`reliability`
FROM `event_actors` JOIN `events` ON `events`.`id` = `event_actors`.`event_id`
WHERE `events`.`status` != 'rejected' AND `events`.`folded` = 0;--> statement-breakpoint
INSERT INTO `event_actor_facts` SELECT * FROM `event_actor_facts_counted` ORDER BY 1, 2, 3, 4;--> statement-breakpoint
CREATE TRIGGER `event_actor_facts_insert` AFTER INSERT ON `event_actors` BEGIN
  INSERT OR IGNORE INTO `event_actor_facts`
  SELECT new.`actor_id`, `type`, `date_start`, `id`, `date_precision`, `date_end`, `lon`, `lat`, `actor_mask`, `source_kind`,
    `fatalities`, `sources`, `reliability`
  FROM `events` WHERE `id` = new.`event_id` AND `status` != 'rejected' AND `folded` = 0;
END;--> statement-breakpoint
-- While the actor keeps another role in the event its row stays, whichever of this and the actor_mask
-- trigger (0005, whose update rewrites the event's rows) SQLite runs first.
CREATE TRIGGER `event_actor_facts_delete` AFTER DELETE ON `event_actors`
WHEN NOT EXISTS (SELECT 1 FROM `event_actors` WHERE `event_id` = old.`event_id` AND `actor_id` = old.`actor_id`) BEGIN
  DELETE FROM `event_actor_facts` WHERE `actor_id` = old.`actor_id` AND `event_id` = old.`event_id`
    AND (`type`, `date_start`) IN (SELECT `type`, `date_start` FROM `events` WHERE `id` = old.`event_id`);
END;--> statement-breakpoint
-- An event's rows are rewritten when a copied column changes (an actor's bit joining actor_mask too).
CREATE TRIGGER `event_actor_facts_update` AFTER UPDATE OF `status`, `folded`, `type`, `date_start`, `date_precision`, `date_end`,
  `lon`, `lat`, `actor_mask`, `source_kind`, `fatalities`, `sources`, `reliability` ON `events` BEGIN
  DELETE FROM `event_actor_facts` WHERE `actor_id` IN (SELECT `actor_id` FROM `event_actors` WHERE `event_id` = old.`id`)
    AND `type` = old.`type` AND `date_start` = old.`date_start` AND `event_id` = old.`id`;
  INSERT OR IGNORE INTO `event_actor_facts`
  SELECT DISTINCT `actor_id`, new.`type`, new.`date_start`, new.`id`, new.`date_precision`, new.`date_end`, new.`lon`, new.`lat`,
    new.`actor_mask`, new.`source_kind`, new.`fatalities`, new.`sources`, new.`reliability`
  FROM `event_actors` WHERE `event_id` = new.`id` AND new.`status` != 'rejected' AND new.`folded` = 0;
END;
