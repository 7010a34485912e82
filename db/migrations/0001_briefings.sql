CREATE TABLE `briefings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`notes` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`created_by` text NOT NULL,
	`data_as_of` text NOT NULL,
	`query` text NOT NULL,
	`snapshot` text NOT NULL,
	`fingerprint` text NOT NULL,
	`map_image` blob NOT NULL
);
