ALTER TABLE `regions` ADD `bit` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- The bits stored masks were computed with (until now 1 << the region's place in geo/types.ts REGION_IDS).
UPDATE `regions` SET `bit` = CASE `id` WHEN 'sdf-northeast' THEN 0 WHEN 'turkey-syria-border' THEN 1 WHEN 'southwest-syria' THEN 2 END
WHERE `id` IN ('sdf-northeast', 'turkey-syria-border', 'southwest-syria');
