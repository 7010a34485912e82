CREATE TABLE `event_extractions` (
	`event_id` integer PRIMARY KEY NOT NULL,
	`confidence` real NOT NULL,
	`planned` integer DEFAULT false NOT NULL,
	`reasons` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_extractions_confidence_idx` ON `event_extractions` (`confidence`);