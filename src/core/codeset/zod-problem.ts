import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import en from 'zod/v4/locales/en.js';

let hasMessages = false;

/**
 * Parses `data` with an artifact schema, or throws through `fail` with the first problem, readable. The artifact
 * schemas use zod/mini, whose import and schemas cost a first search a third of classic zod's, and which carries no
 * messages until a locale is set: English is set at the first failure, and the data parsed again to describe it.
 */
export function parseOrFail<T>(schema: $ZodType<T>, data: unknown, fail: (problem: string) => never): T {
  const parsed = z.safeParse(schema, data);
  if (parsed.success) return parsed.data;
  if (!hasMessages) {
    z.config(en());
    hasMessages = true;
  }
  const issue = z.safeParse(schema, data).error?.issues[0];
  const path = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return fail(`${path}${issue?.message ?? 'invalid'}`);
}
