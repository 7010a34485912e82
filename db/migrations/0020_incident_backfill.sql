CREATE TABLE `incident_backfill` (
	`next_event_id` integer NOT NULL,
	`last_event_id` integer NOT NULL
);
--> statement-breakpoint
-- The article reports already stored were never grouped: the start-up groups them (server/start-up.ts).
INSERT INTO `incident_backfill` (`next_event_id`, `last_event_id`)
  SELECT min(`id`), max(`id`) FROM `events` WHERE `source_kind` = 'article' AND `incident_id` IS NULL HAVING count(*) > 0;
