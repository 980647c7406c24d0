/**
 * Inputs of the work-plan editor (steps, actions, realization, moves), shared
 * by the API services and the grid. Messages are validation keys (see
 * VALIDATION_MESSAGES); `validationMessage()` turns an issue into a sentence.
 */
import { z } from 'zod';
import { VALIDATION_MESSAGES, type ValidationMessageKey, ZMonth } from './validation.ts';

const err = (key: ValidationMessageKey) => ({ error: key });

const ZId = z.guid(err('validation.uuid'));
const ZVersion = z.number(err('validation.version')).int(err('validation.version')).min(1, err('validation.version'));

/** Required name: trimmed, not empty. */
const ZName = z.string(err('validation.required')).trim().min(1, err('validation.required')).max(500, err('validation.tooLong'));

/** Optional text: trimmed, "" → null; undefined = leave unchanged. */
const ZText = (max: number) =>
  z
    .string(err('validation.invalid'))
    .trim()
    .max(max, err('validation.tooLong'))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

/** Months 1–12, sorted, no duplicates. */
export const ZMonths = z
  .array(ZMonth, err('validation.invalid'))
  .max(12, err('validation.month'))
  .refine((months) => new Set(months).size === months.length, err('validation.duplicateMonth'))
  .transform((months) => [...months].sort((a, b) => a - b));

const responsibleFields = {
  responsibleAgencyId: ZId.nullable().optional(),
  responsibleText: ZText(500),
};

/** Changes to a step; absent fields stay as they are, null clears. */
export const ZStepPatch = z.object({
  id: ZId,
  version: ZVersion,
  name: ZName.optional(),
  output: ZText(2000),
  successCriteria: ZText(2000),
  months: ZMonths.optional(),
  ...responsibleFields,
});

export const ZCreateStep = z.object({
  actionId: ZId,
  name: ZName,
  output: ZText(2000),
  successCriteria: ZText(2000),
  months: ZMonths.optional(),
  /** Position among the action's steps (0 = first); absent = last. */
  index: z.number(err('validation.invalid')).int(err('validation.invalid')).min(0, err('validation.invalid')).optional(),
  ...responsibleFields,
});

export const ZActionPatch = z.object({
  id: ZId,
  version: ZVersion,
  name: ZName.optional(),
  output: ZText(2000),
  successCriteria: ZText(2000),
  ...responsibleFields,
});

export const ZCreateAction = z.object({
  activityId: ZId,
  name: ZName,
  output: ZText(2000),
  successCriteria: ZText(2000),
  index: z.number(err('validation.invalid')).int(err('validation.invalid')).min(0, err('validation.invalid')).optional(),
  ...responsibleFields,
});

/** Move a row to a parent (the same or another) at a position. */
export const ZMove = z.object({
  id: ZId,
  version: ZVersion,
  parentId: ZId,
  index: z.number(err('validation.invalid')).int(err('validation.invalid')).min(0, err('validation.invalid')),
});

/** An evidence link: an http(s) URL. */
export const ZEvidenceLink = z
  .string(err('validation.invalid'))
  .trim()
  .max(2000, err('validation.tooLong'))
  .refine((v) => /^https?:\/\/[^\s]+\.[^\s]+/i.test(v), err('validation.url'));

export const ZRealizationInput = z.object({
  stepId: ZId,
  month: ZMonth,
  status: z.enum(['DONE', 'PARTIAL', 'NOT_DONE'], err('validation.invalid')),
  note: ZText(2000),
  evidenceLinks: z.array(ZEvidenceLink, err('validation.invalid')).max(20, err('validation.tooLong')).optional(),
  /** The version of the realization the caller read; null/absent when it saw none. */
  version: ZVersion.nullable().optional(),
});

export type TStepPatch = z.infer<typeof ZStepPatch>;
export type TCreateStep = z.infer<typeof ZCreateStep>;
export type TActionPatch = z.infer<typeof ZActionPatch>;
export type TCreateAction = z.infer<typeof ZCreateAction>;
export type TMove = z.infer<typeof ZMove>;
export type TRealizationInput = z.infer<typeof ZRealizationInput>;

/** "months.0: Month must be 1–12." for the first issue of a failed parse. */
export function validationMessage(issue: { message: string; path: readonly PropertyKey[] } | undefined, lang: 'id' | 'en' = 'en'): string {
  if (!issue) return lang === 'id' ? 'Isian tidak valid.' : 'Invalid input.';
  const text = VALIDATION_MESSAGES[issue.message as ValidationMessageKey]?.[lang] ?? issue.message;
  const field = issue.path.map(String).join('.');
  return field ? `${field}: ${text}` : text;
}
