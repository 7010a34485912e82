-- What the trigger-kept count tables (migrations 0005 and 0008) must hold, as views: a bulk
-- writer (the generator) can suspend the triggers, write millions of rows, and refill the
-- tables from these in one pass instead of one upsert per row and level.
CREATE VIEW `event_cells_counted` AS
SELECT `level`, CAST((`lon` + 180) * `scale` AS integer) AS `cx`, CAST((`lat` + 90) * `scale` AS integer) AS `cy`,
  count(*) AS `n`, sum(`lon`) AS `sum_lon`, sum(`lat`) AS `sum_lat`
FROM `events`, `cell_levels` WHERE `status` != 'rejected' GROUP BY 1, 2, 3;--> statement-breakpoint
CREATE VIEW `event_actor_cells_counted` AS
SELECT `actor_id`, `level`, CAST((`lon` + 180) * `scale` AS integer) AS `cx`, CAST((`lat` + 90) * `scale` AS integer) AS `cy`,
  count(*) AS `n`, sum(`lon`) AS `sum_lon`, sum(`lat`) AS `sum_lat`
FROM (SELECT DISTINCT `event_id`, `actor_id` FROM `event_actors`) AS `pairs`
JOIN `events` ON `events`.`id` = `pairs`.`event_id`, `cell_levels`
WHERE `events`.`status` != 'rejected' GROUP BY 1, 2, 3, 4;--> statement-breakpoint
CREATE VIEW `event_days_counted` AS
SELECT `date_start`, `date_precision`, count(*) AS `n` FROM `events` WHERE `status` != 'rejected' GROUP BY 1, 2;--> statement-breakpoint
CREATE VIEW `actor_event_counts_counted` AS
SELECT `actor_id`, count(DISTINCT `event_id`) AS `n` FROM `event_actors` JOIN `events` ON `events`.`id` = `event_actors`.`event_id`
WHERE `events`.`status` != 'rejected' GROUP BY `actor_id`;
