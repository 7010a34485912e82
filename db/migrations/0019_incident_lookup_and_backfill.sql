CREATE TABLE `incident_backfill` (
	`next_event_id` integer NOT NULL,
	`last_event_id` integer NOT NULL
);
--> statement-breakpoint
DROP INDEX `events_article_reports_idx`;--> statement-breakpoint
CREATE INDEX `events_report_lookup_idx` ON `events` (`type`,`source_kind`,`date_precision`,`date_start`,`date_end`,`lon`,`lat`,`status`,`geo_precision`) WHERE folded = 0;--> statement-breakpoint
CREATE INDEX `places_country_point_idx` ON `places` (`country_code`) WHERE precision = 'country';--> statement-breakpoint
-- The article reports already stored were never grouped: the start-up groups them (server/start-up.ts).
INSERT INTO `incident_backfill` (`next_event_id`, `last_event_id`)
  SELECT min(`id`), max(`id`) FROM `events` WHERE `source_kind` = 'article' AND `incident_id` IS NULL HAVING count(*) > 0;
