-- Clusters for one region, counted ahead like event_cells (migrations 0005, 0017): a wide view filtered
-- by a region alone reads that region's cells instead of grouping the index entries of every event in
-- it (the SDF-held north-east over the theatre at a million events: 21,000 entries, 29–35 ms). Grid
-- levels 0–3 only (wide_cell_levels, 0023): finer, the view's box narrows more than the region does.
-- `region_bit` as in event_region_days (0022); visible events only (neither rejected nor folded).
CREATE TABLE `event_region_cells` (
  `region_bit` integer NOT NULL,
  `level` integer NOT NULL,
  `cx` integer NOT NULL,
  `cy` integer NOT NULL,
  `n` integer NOT NULL,
  `sum_lon` real NOT NULL,
  `sum_lat` real NOT NULL,
  PRIMARY KEY (`region_bit`, `level`, `cx`, `cy`)
) WITHOUT ROWID;--> statement-breakpoint
CREATE VIEW `event_region_cells_counted` AS
SELECT `region_bit`, `level`, CAST((`lon` + 180) * `scale` AS integer) AS `cx`, CAST((`lat` + 90) * `scale` AS integer) AS `cy`,
  count(*) AS `n`, sum(`lon`) AS `sum_lon`, sum(`lat`) AS `sum_lat`
FROM `events`, `region_bits`, `wide_cell_levels`
WHERE `status` != 'rejected' AND `folded` = 0 AND `region_mask` & `region_bit` != 0 GROUP BY 1, 2, 3, 4;--> statement-breakpoint
INSERT INTO `event_region_cells` SELECT * FROM `event_region_cells_counted`;--> statement-breakpoint
CREATE TRIGGER `event_region_cells_insert` AFTER INSERT ON `events`
WHEN new.`status` != 'rejected' AND new.`folded` = 0 AND new.`region_mask` != 0 BEGIN
  INSERT INTO `event_region_cells`
  SELECT `region_bit`, `level`, CAST((new.`lon` + 180) * `scale` AS integer), CAST((new.`lat` + 90) * `scale` AS integer), 1, new.`lon`, new.`lat`
  FROM `region_bits`, `wide_cell_levels` WHERE new.`region_mask` & `region_bit` != 0
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `sum_lon` = `sum_lon` + excluded.`sum_lon`, `sum_lat` = `sum_lat` + excluded.`sum_lat`;
END;--> statement-breakpoint
CREATE TRIGGER `event_region_cells_delete` AFTER DELETE ON `events`
WHEN old.`status` != 'rejected' AND old.`folded` = 0 AND old.`region_mask` != 0 BEGIN
  UPDATE `event_region_cells` SET `n` = `n` - 1, `sum_lon` = `sum_lon` - old.`lon`, `sum_lat` = `sum_lat` - old.`lat`
  FROM `wide_cell_levels` WHERE old.`region_mask` & `region_bit` != 0 AND `event_region_cells`.`level` = `wide_cell_levels`.`level`
    AND `cx` = CAST((old.`lon` + 180) * `scale` AS integer) AND `cy` = CAST((old.`lat` + 90) * `scale` AS integer);
END;--> statement-breakpoint
CREATE TRIGGER `event_region_cells_update` AFTER UPDATE OF `status`, `folded`, `lon`, `lat`, `region_mask` ON `events` BEGIN
  UPDATE `event_region_cells` SET `n` = `n` - 1, `sum_lon` = `sum_lon` - old.`lon`, `sum_lat` = `sum_lat` - old.`lat`
  FROM `wide_cell_levels` WHERE old.`status` != 'rejected' AND old.`folded` = 0 AND old.`region_mask` & `region_bit` != 0
    AND `event_region_cells`.`level` = `wide_cell_levels`.`level`
    AND `cx` = CAST((old.`lon` + 180) * `scale` AS integer) AND `cy` = CAST((old.`lat` + 90) * `scale` AS integer);
  INSERT INTO `event_region_cells`
  SELECT `region_bit`, `level`, CAST((new.`lon` + 180) * `scale` AS integer), CAST((new.`lat` + 90) * `scale` AS integer), 1, new.`lon`, new.`lat`
  FROM `region_bits`, `wide_cell_levels` WHERE new.`status` != 'rejected' AND new.`folded` = 0 AND new.`region_mask` & `region_bit` != 0
  ON CONFLICT DO UPDATE SET `n` = `n` + 1, `sum_lon` = `sum_lon` + excluded.`sum_lon`, `sum_lat` = `sum_lat` + excluded.`sum_lat`;
END;
