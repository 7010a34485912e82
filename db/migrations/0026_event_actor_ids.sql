-- Each event's actor ids in event_actors order, on the event itself: a marker shows them (the
-- first one's colour too), and drawing a view's 1,400 markers at a million events read 2,300
-- event_actors rows for them, 13 of its 30 ms (docs/performance.md). Kept by the two triggers
-- below; a bulk writer sets them aside and refills the column from the view (db/bulk-write.ts).
-- The order is given by an ordered subquery, not by ORDER BY inside json_group_array: that form
-- (SQLite 3.44) makes the whole schema unreadable to older SQLite, such as Debian 12's sqlite3 CLI.
ALTER TABLE `events` ADD `actor_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE VIEW `event_actor_ids_counted` AS
SELECT `event_id`, json_group_array(`actor_id`) AS `actor_ids`
FROM (SELECT `event_id`, `actor_id` FROM `event_actors` ORDER BY `event_id`, `position`) GROUP BY `event_id`;--> statement-breakpoint
UPDATE `events` SET `actor_ids` = `counted`.`actor_ids` FROM `event_actor_ids_counted` AS `counted`
WHERE `counted`.`event_id` = `events`.`id`;--> statement-breakpoint
CREATE TRIGGER `event_actors_ids_insert` AFTER INSERT ON `event_actors` BEGIN
  UPDATE `events` SET `actor_ids` = (
    SELECT json_group_array(`actor_id`) FROM (SELECT `actor_id` FROM `event_actors` WHERE `event_id` = new.`event_id` ORDER BY `position`)
  ) WHERE `id` = new.`event_id`;
END;--> statement-breakpoint
CREATE TRIGGER `event_actors_ids_delete` AFTER DELETE ON `event_actors` BEGIN
  UPDATE `events` SET `actor_ids` = (
    SELECT json_group_array(`actor_id`) FROM (SELECT `actor_id` FROM `event_actors` WHERE `event_id` = old.`event_id` ORDER BY `position`)
  ) WHERE `id` = old.`event_id`;
END;
