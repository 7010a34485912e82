CREATE TABLE `edit_sessions` (
	`secret_sha256` text PRIMARY KEY NOT NULL,
	`token_sha256` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`expires_at` text NOT NULL
);
