-- The timeline index now covers lon and lat, so a date-filtered map view reads no table rows;
-- the type index goes: it drew the planner into reading a third of the table for ASSAULT.
DROP INDEX `events_type_idx`;--> statement-breakpoint
DROP INDEX `events_timeline_idx`;--> statement-breakpoint
CREATE INDEX `events_timeline_idx` ON `events` (`date_start`,`date_precision`,`status`,`type`,`date_end`,`actor_mask`,`region_mask`,`border_km`,`lon`,`lat`);