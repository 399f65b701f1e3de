/** The shape of the coder's settings and their defaults; browser-free, so that pure code and unit tests can use it. */
import * as z from 'zod/mini';
import { Setting } from './messages';

export const CopyFormat = z.object({
  separator: z.enum(['comma', 'space', 'newline']),
  dots: z.boolean(),
});
export type CopyFormat = z.infer<typeof CopyFormat>;

/** The coder's defaults (storage.local `settings`). Bump `version` when the shape changes. */
export const Settings = z.object({
  version: z.literal(1),
  setting: Setting,
  /** `dateOfService`: the encounter's date picks the code set year; `latest`: always the newest year bundled. */
  yearPolicy: z.enum(['dateOfService', 'latest']),
  copyFormat: CopyFormat,
  /** Days a stored claim list is kept after its last change. */
  retentionDays: z.int().check(z.gte(1), z.lte(365)),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  setting: 'outpatient',
  yearPolicy: 'dateOfService',
  copyFormat: { separator: 'comma', dots: true },
  retentionDays: 7,
};

export const SETTINGS_KEY = 'settings';
