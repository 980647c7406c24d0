/**
 * Zod schemas shared by the API (input validation at the top of services)
 * and the web forms. Error messages are message keys ('validation.required',
 * ...) that the web translates; VALIDATION_MESSAGES gives default texts.
 */
import { z } from 'zod';
import type { LocalizedText } from './indicator-value.ts';

export const VALIDATION_MESSAGES = {
  'validation.required': { id: 'Wajib diisi.', en: 'Required.' },
  'validation.invalid': { id: 'Isian tidak valid.', en: 'Invalid value.' },
  'validation.email': { id: 'Alamat email tidak valid.', en: 'Invalid email address.' },
  'validation.tooLong': { id: 'Isian terlalu panjang.', en: 'Too long.' },
  'validation.month': { id: 'Bulan harus 1–12.', en: 'Month must be 1–12.' },
  'validation.duplicateMonth': { id: 'Bulan tidak boleh berulang.', en: 'A month appears twice.' },
  'validation.year': { id: 'Tahun harus antara 2000 dan 2100.', en: 'Year must be between 2000 and 2100.' },
  'validation.uuid': { id: 'ID tidak valid.', en: 'Invalid ID.' },
  'validation.version': { id: 'Versi tidak valid.', en: 'Invalid version.' },
  'validation.url': { id: 'Tautan harus diawali http:// atau https://.', en: 'A link must start with http:// or https://.' },
} as const satisfies Record<string, LocalizedText>;

export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES;

/** 'validation.required' for a missing value, else the given key. */
const missingOr =
  (key: ValidationMessageKey) =>
  (issue: { input?: unknown }): ValidationMessageKey =>
    issue.input === undefined ? 'validation.required' : key;

const err = (key: ValidationMessageKey) => ({ error: key });

/** Optional free text: trimmed, "" becomes null, undefined stays undefined. */
const optionalText = (max: number) =>
  z
    .string(err('validation.invalid'))
    .trim()
    .max(max, err('validation.tooLong'))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

/** Sign-in form. The email is trimmed and lower-cased; the password is kept as typed. */
export const ZSignIn = z.object({
  email: z
    .string({ error: missingOr('validation.invalid') })
    .trim()
    .toLowerCase()
    .min(1, err('validation.required'))
    .max(254, err('validation.tooLong'))
    .pipe(z.email(err('validation.email'))),
  password: z
    .string({ error: missingOr('validation.invalid') })
    .min(1, err('validation.required'))
    .max(256, err('validation.tooLong')),
});

/** A month, integer 1–12. */
export const ZMonth = z
  .number({ error: missingOr('validation.month') })
  .int(err('validation.month'))
  .min(1, err('validation.month'))
  .max(12, err('validation.month'));

/** A plan or report year, integer 2000–2100. */
export const ZYear = z
  .number({ error: missingOr('validation.year') })
  .int(err('validation.year'))
  .min(2000, err('validation.year'))
  .max(2100, err('validation.year'));

/** A work step (Rencana Kerja / Tahapan Kerja); months come out sorted ascending. */
export const ZStepInput = z.object({
  name: z
    .string({ error: missingOr('validation.invalid') })
    .trim()
    .min(1, err('validation.required'))
    .max(500, err('validation.tooLong')),
  output: optionalText(2000),
  successCriteria: optionalText(2000),
  responsibleText: optionalText(500),
  months: z
    .array(ZMonth, { error: missingOr('validation.invalid') })
    .refine((months) => new Set(months).size === months.length, err('validation.duplicateMonth'))
    .transform((months) => [...months].sort((a, b) => a - b)),
});

/**
 * The id and version of an edited row (optimistic locking). The id accepts
 * any 8-4-4-4-12 hex UUID (z.guid), since PostgreSQL's uuid type does and
 * fixed seed ids need not be RFC 4122 v1–v8.
 */
export const ZVersioned = z.object({
  id: z.guid({ error: missingOr('validation.uuid') }),
  version: z
    .number({ error: missingOr('validation.version') })
    .int(err('validation.version'))
    .min(1, err('validation.version')),
});

export type TSignIn = z.infer<typeof ZSignIn>;
export type TMonth = z.infer<typeof ZMonth>;
export type TYear = z.infer<typeof ZYear>;
export type TStepInput = z.infer<typeof ZStepInput>;
/** What a form holds before parsing (months unsorted, blanks as ""). */
export type TStepInputRaw = z.input<typeof ZStepInput>;
export type TVersioned = z.infer<typeof ZVersioned>;
