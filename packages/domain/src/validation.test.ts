import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { VALIDATION_MESSAGES, ZMonth, ZSignIn, ZStepInput, ZVersioned, ZYear } from './validation.ts';

/** The message keys of a failed parse, by path ("months", "name", "" for the root). */
function errors(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    out[path] = [...(out[path] ?? []), issue.message];
  }
  return out;
}

describe('ZSignIn', () => {
  it('trims and lower-cases the email, keeps the password as typed', () => {
    expect(ZSignIn.parse({ email: '  Admin@Probolinggo.go.id ', password: ' rahasia ' })).toEqual({
      email: 'admin@probolinggo.go.id',
      password: ' rahasia ',
    });
  });

  it('uses message keys', () => {
    expect(errors(ZSignIn, {})).toEqual({ email: ['validation.required'], password: ['validation.required'] });
    expect(errors(ZSignIn, { email: '   ', password: '' })).toEqual({
      email: ['validation.required'],
      password: ['validation.required'],
    });
    expect(errors(ZSignIn, { email: 'bukan-email', password: 'x' })).toEqual({ email: ['validation.email'] });
    expect(errors(ZSignIn, { email: 5, password: 'x' })).toEqual({ email: ['validation.invalid'] });
    expect(errors(ZSignIn, { email: 'a@b.id', password: 'x'.repeat(257) })).toEqual({ password: ['validation.tooLong'] });
  });
});

describe('ZMonth / ZYear', () => {
  it('accepts 1–12 and 2000–2100', () => {
    expect(ZMonth.parse(1)).toBe(1);
    expect(ZMonth.parse(12)).toBe(12);
    expect(ZYear.parse(2000)).toBe(2000);
    expect(ZYear.parse(2100)).toBe(2100);
  });

  it.each([0, 13, 1.5, Number.NaN, '3'])('refuses month %j', (value) => {
    expect(errors(ZMonth, value)).toEqual({ '': ['validation.month'] });
  });

  it.each([1999, 2101, 2020.5, '2021'])('refuses year %j', (value) => {
    expect(errors(ZYear, value)).toEqual({ '': ['validation.year'] });
  });

  it('reports a missing value as required', () => {
    expect(errors(ZMonth, undefined)).toEqual({ '': ['validation.required'] });
    expect(errors(ZYear, undefined)).toEqual({ '': ['validation.required'] });
  });
});

describe('ZStepInput', () => {
  it('trims, turns blanks into null and sorts months', () => {
    expect(
      ZStepInput.parse({
        name: '  Menyusun SK Tim Reformasi Birokrasi Pemerintah Kota Probolinggo Tahun 2021 ',
        output: 'SK Tim RB',
        successCriteria: '   ',
        months: [3, 1, 2],
      }),
    ).toEqual({
      name: 'Menyusun SK Tim Reformasi Birokrasi Pemerintah Kota Probolinggo Tahun 2021',
      output: 'SK Tim RB',
      successCriteria: null,
      months: [1, 2, 3],
    });
  });

  it('keeps null and absent optional fields apart', () => {
    const parsed = ZStepInput.parse({ name: 'Rapat', responsibleText: null, months: [] });
    expect(parsed).toEqual({ name: 'Rapat', responsibleText: null, months: [] });
    expect('output' in parsed).toBe(false);
  });

  it('refuses a blank or long name, bad and duplicate months', () => {
    expect(errors(ZStepInput, { name: '  ', months: [1] })).toEqual({ name: ['validation.required'] });
    expect(errors(ZStepInput, { name: 'x'.repeat(501), months: [1] })).toEqual({ name: ['validation.tooLong'] });
    expect(errors(ZStepInput, { name: 'x'.repeat(500), months: [1] })).toEqual({});
    expect(errors(ZStepInput, { name: 'Rapat', months: [1, 13] })).toEqual({ 'months.1': ['validation.month'] });
    expect(errors(ZStepInput, { name: 'Rapat', months: [2, 2] })).toEqual({ months: ['validation.duplicateMonth'] });
    expect(errors(ZStepInput, { name: 'Rapat' })).toEqual({ months: ['validation.required'] });
    expect(errors(ZStepInput, { name: 'Rapat', months: [], output: 'x'.repeat(2001) })).toEqual({
      output: ['validation.tooLong'],
    });
  });
});

describe('ZVersioned', () => {
  it('accepts UUIDs and versions from 1', () => {
    const id = '3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c';
    expect(ZVersioned.parse({ id, version: 1 })).toEqual({ id, version: 1 });
    expect(ZVersioned.parse({ id: '00000000-0000-0000-0000-000000000001', version: 7 }).version).toBe(7);
  });

  it('refuses bad ids and versions', () => {
    expect(errors(ZVersioned, { id: 'abc', version: 0 })).toEqual({
      id: ['validation.uuid'],
      version: ['validation.version'],
    });
    expect(errors(ZVersioned, { version: 1.5 })).toEqual({ id: ['validation.required'], version: ['validation.version'] });
  });
});

describe('VALIDATION_MESSAGES', () => {
  it('has both languages for every key the schemas use', () => {
    const used = [
      'validation.required',
      'validation.invalid',
      'validation.email',
      'validation.tooLong',
      'validation.month',
      'validation.duplicateMonth',
      'validation.year',
      'validation.uuid',
      'validation.version',
      'validation.url',
    ];
    expect(Object.keys(VALIDATION_MESSAGES).sort()).toEqual(used.sort());
    for (const text of Object.values(VALIDATION_MESSAGES)) {
      expect(text.id.length).toBeGreaterThan(0);
      expect(text.en.length).toBeGreaterThan(0);
    }
  });
});
