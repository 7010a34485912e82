/**
 * One rule for region ids wherever one is read or made: a filter's, the URL's open panel, an
 * imported or drawn region's. Lower-case words of letters and digits joined by hyphens.
 */
import { z } from "zod";
import { MAX_REGION_ID_LENGTH, REGION_ID_PATTERN } from "@/geo/types";

export const isRegionId = (value: string) => value.length <= MAX_REGION_ID_LENGTH && REGION_ID_PATTERN.test(value);

export const regionIdSchema = z
  .string()
  .refine(
    isRegionId,
    `a region id: lower-case words joined by hyphens, such as sdf-northeast (at most ${MAX_REGION_ID_LENGTH} characters)`,
  );
