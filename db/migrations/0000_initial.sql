CREATE TABLE `actors` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`colour` text NOT NULL,
	`parent_id` text,
	`aliases` text NOT NULL,
	`members` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`outlet` text NOT NULL,
	`url` text,
	`published` text,
	`language` text DEFAULT 'en' NOT NULL,
	`body` text NOT NULL,
	`body_sha256` text NOT NULL,
	`ingested_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_url_unique` ON `articles` (`url`);--> statement-breakpoint
CREATE UNIQUE INDEX `articles_body_sha256_unique` ON `articles` (`body_sha256`);--> statement-breakpoint
CREATE TABLE `event_actors` (
	`event_id` integer NOT NULL,
	`actor_id` text NOT NULL,
	`role` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`event_id`, `actor_id`, `role`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_actors_actor_idx` ON `event_actors` (`actor_id`);--> statement-breakpoint
CREATE TABLE `event_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`reviewer` text NOT NULL,
	`reviewed_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`action` text NOT NULL,
	`changes` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_reviews_event_idx` ON `event_reviews` (`event_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`date_value` text NOT NULL,
	`date_precision` text NOT NULL,
	`date_start` text NOT NULL,
	`date_end` text NOT NULL,
	`place_id` integer,
	`lat` real NOT NULL,
	`lon` real NOT NULL,
	`geo_precision` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`notes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`reviewed_by` text,
	`reviewed_at` text,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `events_date_idx` ON `events` (`date_start`,`date_end`);--> statement-breakpoint
CREATE INDEX `events_type_idx` ON `events` (`type`);--> statement-breakpoint
CREATE INDEX `events_lon_lat_idx` ON `events` (`lon`,`lat`);--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`quote` text NOT NULL,
	`quote_sha256` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_event_idx` ON `evidence` (`event_id`);--> statement-breakpoint
CREATE INDEX `evidence_article_idx` ON `evidence` (`article_id`);--> statement-breakpoint
CREATE TABLE `places` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`geonames_id` integer,
	`gazetteer_id` text,
	`name` text NOT NULL,
	`aliases` text NOT NULL,
	`lat` real NOT NULL,
	`lon` real NOT NULL,
	`country_code` text NOT NULL,
	`admin1` text,
	`population` integer,
	`precision` text NOT NULL,
	`coordinate_source` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `places_geonames_id_unique` ON `places` (`geonames_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `places_gazetteer_id_unique` ON `places` (`gazetteer_id`);--> statement-breakpoint
CREATE TABLE `region_mentions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` text NOT NULL,
	`article_id` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`quote` text NOT NULL,
	`quote_sha256` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `region_mentions_region_idx` ON `region_mentions` (`region_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `region_mentions_span_idx` ON `region_mentions` (`article_id`,`start`,`end`,`region_id`);--> statement-breakpoint
CREATE TABLE `regions` (
	`id` text NOT NULL,
	`version` integer NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`controlling_actor_id` text,
	`status` text NOT NULL,
	`valid_from` text,
	`valid_to` text,
	`basis` text NOT NULL,
	`sources` text NOT NULL,
	`geometry` text NOT NULL,
	PRIMARY KEY(`id`, `version`),
	FOREIGN KEY (`controlling_actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
);
