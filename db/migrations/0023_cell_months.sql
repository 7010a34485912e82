-- Clusters for a date range, counted ahead like event_cells (migrations 0005, 0017) but per month of
-- the first day and per date precision: a wide view filtered by dates alone (the timeline's brush,
-- its play) reads the months in range instead of grouping every index entry they hold (a year of a
-- million events: 86,000 entries sorted into cells, 75–110 ms). Grid levels 0–3 only, the zooms at
-- which the map counts cells (db/queries/event-view.ts). Visible events only (neither rejected nor folded).
CREATE TABLE `event_cell_months` (
  `level` integer NOT NULL,
  `month` text NOT NULL,
  `date_precision` text NOT NULL,
  `cx` integer NOT NULL,
  `cy` integer NOT NULL,
  `n` integer NOT NULL,
  `sum_lon` real NOT NULL,
  `sum_lat` real NOT NULL,
  PRIMARY KEY (`level`, `month`, `date_precision`, `cx`, `cy`)
) WITHOUT ROWID;--> statement-breakpoint
-- The grid levels at which a view counts its cells first (db/queries/event-view.ts MAX_WIDE_LEVEL).
CREATE VIEW `wide_cell_levels` AS SELECT `level`, `scale` FROM `cell_levels` WHERE `level` <= 3;--> statement-breakpoint
CREATE VIEW `event_cell_months_counted` AS
SELECT `level`, substr(`date_start`, 1, 7) AS `month`, `date_precision`,
  CAST((`lon` + 180) * `scale` AS integer) AS `cx`, CAST((`lat` + 90) * `scale` AS integer) AS `cy`,
  count(*) AS `n`, sum(`lon`) AS `sum_lon`, sum(`lat`) AS `sum_lat`
FROM `events`, `wide_cell_levels` WHERE `status` != 'rejected' AND `folded` = 0 GROUP BY 1, 2, 3, 4, 5;--> statement-breakpoint
INSERT INTO `event_cell_months` SELECT * FROM `event_cell_months_counted`;--> statement-breakpoint
CREATE TRIGGER `event_cell_months_insert` AFTER INSERT ON `events` WHEN new.`status` != 'rejected' AND new.`folded` = 0 BEGIN
  INSERT INTO `event_cell_months`
  SELECT `level`, substr(new.`date_start`, 1, 7), new.`date_precision`,
    CAST((new.`lon` + 180) * `scale` AS integer), CAST((new.`lat` + 90) * `scale` AS integer), 1, new.`lon`, new.`lat`
  FROM `wide_cell_levels` WHERE true
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `sum_lon` = `sum_lon` + excluded.`sum_lon`, `sum_lat` = `sum_lat` + excluded.`sum_lat`;
END;--> statement-breakpoint
CREATE TRIGGER `event_cell_months_delete` AFTER DELETE ON `events` WHEN old.`status` != 'rejected' AND old.`folded` = 0 BEGIN
  UPDATE `event_cell_months` SET `n` = `n` - 1, `sum_lon` = `sum_lon` - old.`lon`, `sum_lat` = `sum_lat` - old.`lat`
  FROM `wide_cell_levels` WHERE `event_cell_months`.`level` = `wide_cell_levels`.`level`
    AND `month` = substr(old.`date_start`, 1, 7) AND `date_precision` = old.`date_precision`
    AND `cx` = CAST((old.`lon` + 180) * `scale` AS integer) AND `cy` = CAST((old.`lat` + 90) * `scale` AS integer);
END;--> statement-breakpoint
CREATE TRIGGER `event_cell_months_update` AFTER UPDATE OF `status`, `folded`, `lon`, `lat`, `date_start`, `date_precision` ON `events` BEGIN
  UPDATE `event_cell_months` SET `n` = `n` - 1, `sum_lon` = `sum_lon` - old.`lon`, `sum_lat` = `sum_lat` - old.`lat`
  FROM `wide_cell_levels` WHERE old.`status` != 'rejected' AND old.`folded` = 0 AND `event_cell_months`.`level` = `wide_cell_levels`.`level`
    AND `month` = substr(old.`date_start`, 1, 7) AND `date_precision` = old.`date_precision`
    AND `cx` = CAST((old.`lon` + 180) * `scale` AS integer) AND `cy` = CAST((old.`lat` + 90) * `scale` AS integer);
  INSERT INTO `event_cell_months`
  SELECT `level`, substr(new.`date_start`, 1, 7), new.`date_precision`,
    CAST((new.`lon` + 180) * `scale` AS integer), CAST((new.`lat` + 90) * `scale` AS integer), 1, new.`lon`, new.`lat`
  FROM `wide_cell_levels` WHERE new.`status` != 'rejected' AND new.`folded` = 0
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `sum_lon` = `sum_lon` + excluded.`sum_lon`, `sum_lat` = `sum_lat` + excluded.`sum_lat`;
END;
