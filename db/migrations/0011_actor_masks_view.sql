-- Each event's actor bits as the event_actors rows say (see event_actors_mask_* in 0005), for a
-- bulk writer that sets the mask trigger aside and recomputes the masks once at the end.
CREATE VIEW `event_actor_masks_counted` AS
SELECT `event_id`, coalesce(sum(DISTINCT 1 << `actors`.`bit`), 0) AS `actor_mask`
FROM `event_actors` JOIN `actors` ON `actors`.`id` = `event_actors`.`actor_id`
WHERE `actors`.`bit` IS NOT NULL GROUP BY `event_id`;
