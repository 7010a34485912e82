ALTER TABLE `regions` ADD `recorded_by` text;--> statement-breakpoint
ALTER TABLE `regions` ADD `gained_km2` real;--> statement-breakpoint
ALTER TABLE `regions` ADD `lost_km2` real;