-- Happenings an article told with a date it cannot fix ("on Friday", with no publication day) that no stored
-- report dated when it was stored: each waits for another article's report that will (db/queries/ingest.ts).
CREATE TABLE `undated_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`type` text NOT NULL,
	`lat` real NOT NULL,
	`lon` real NOT NULL,
	`country_code` text NOT NULL,
	`place_precision` text NOT NULL,
	`draft` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `undated_reports_lookup_idx` ON `undated_reports` (`type`,`lat`);