DROP INDEX `events_article_reports_idx`;--> statement-breakpoint
CREATE INDEX `events_report_lookup_idx` ON `events` (`type`,`source_kind`,`date_start`,`date_end`,`lon`,`lat`,`status`) WHERE folded = 0;--> statement-breakpoint
CREATE INDEX `places_country_point_idx` ON `places` (`country_code`) WHERE precision = 'country';