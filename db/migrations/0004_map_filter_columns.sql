DROP INDEX `events_date_idx`;--> statement-breakpoint
DROP INDEX `events_lon_lat_idx`;--> statement-breakpoint
ALTER TABLE `events` ADD `actor_mask` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `region_mask` integer;--> statement-breakpoint
ALTER TABLE `events` ADD `border_km` real;--> statement-breakpoint
CREATE INDEX `events_timeline_idx` ON `events` (`date_start`,`date_precision`,`status`,`type`,`date_end`,`actor_mask`,`region_mask`,`border_km`);--> statement-breakpoint
CREATE INDEX `events_map_idx` ON `events` (`lon`,`lat`,`status`,`type`,`date_start`,`date_end`,`actor_mask`,`region_mask`,`border_km`);--> statement-breakpoint
ALTER TABLE `actors` ADD `bit` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `actors_bit_unique` ON `actors` (`bit`);