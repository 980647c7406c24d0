import { describe, expect, it } from 'vitest';
import type { IndicatorValueSpec } from './indicator-value.ts';
import { formatIndicatorValue, isNotAvailableText, parseIndicatorValue } from './indicator-value.ts';

const number: IndicatorValueSpec = { valueType: 'NUMBER', unit: 'Orang' };
const percentage: IndicatorValueSpec = { valueType: 'PERCENTAGE', unit: '%' };
const score100: IndicatorValueSpec = { valueType: 'SCORE', scaleMin: 0, scaleMax: 100, unit: 'Skor 0-100' };
const level: IndicatorValueSpec = { valueType: 'LEVEL', scaleMin: '1', scaleMax: '5', unit: 'Level 1-5' };
const opinion: IndicatorValueSpec = { valueType: 'CATEGORY', categories: ['WTP', 'WDP', 'TW', 'TMP'] };
const text: IndicatorValueSpec = { valueType: 'TEXT' };

describe('not available', () => {
  it.each(['n.a', 'N.A', 'n.a.', 'N/A', 'na', 'NA', '-', ' - ', '–', 'n. a'])('%j is n.a', (raw) => {
    expect(isNotAvailableText(raw)).toBe(true);
    expect(parseIndicatorValue(raw, score100)).toEqual({
      ok: true,
      numericValue: null,
      categoryValue: null,
      textValue: raw.trim(),
      notAvailable: true,
    });
  });

  it('is distinct from zero', () => {
    const zero = parseIndicatorValue('0', score100);
    expect(zero).toMatchObject({ ok: true, numericValue: '0', notAvailable: false });
  });

  it('applies to categories and text too', () => {
    expect(parseIndicatorValue('n.a', opinion)).toMatchObject({ ok: true, notAvailable: true, categoryValue: null });
    expect(parseIndicatorValue('N/A', text)).toMatchObject({ ok: true, notAvailable: true });
  });

  it('"-5" is a number, not n.a', () => {
    expect(isNotAvailableText('-5')).toBe(false);
    expect(parseIndicatorValue('-5', number)).toMatchObject({ ok: true, numericValue: '-5' });
  });
});

describe('parseIndicatorValue: required', () => {
  it('refuses blank input in both languages', () => {
    expect(parseIndicatorValue('   ', number)).toEqual({
      ok: false,
      message: { id: 'Nilai wajib diisi.', en: 'A value is required.' },
    });
  });
});

describe('parseIndicatorValue: PERCENTAGE', () => {
  it.each([
    ['73%', '73'],
    ['73', '73'],
    ['43,84 %', '43.84'],
    ['100%', '100'],
    ['2000%', '2000'], // a real data error in the Gresik file; no range is set, so it is kept
  ])('%s → %s', (raw, expected) => {
    expect(parseIndicatorValue(raw, percentage)).toEqual({
      ok: true,
      numericValue: expected,
      categoryValue: null,
      textValue: raw,
      notAvailable: false,
    });
  });

  it('enforces a range when one is set', () => {
    const bounded: IndicatorValueSpec = { ...percentage, scaleMin: 0, scaleMax: 100 };
    expect(parseIndicatorValue('101%', bounded)).toEqual({
      ok: false,
      message: { id: 'Nilai harus antara 0 dan 100.', en: 'The value must be between 0 and 100.' },
    });
  });

  it('refuses words', () => {
    const result = parseIndicatorValue('tujuh puluh', percentage);
    expect(result.ok).toBe(false);
  });
});

describe('parseIndicatorValue: SCORE and LEVEL', () => {
  it('accepts Indonesian decimals inside the scale', () => {
    expect(parseIndicatorValue('87,04', score100)).toMatchObject({ ok: true, numericValue: '87.04' });
    expect(parseIndicatorValue('0', score100)).toMatchObject({ ok: true, numericValue: '0' });
    expect(parseIndicatorValue('100', score100)).toMatchObject({ ok: true, numericValue: '100' });
  });

  it('refuses a value outside the scale, naming the range', () => {
    expect(parseIndicatorValue('6', level)).toEqual({
      ok: false,
      message: { id: 'Nilai harus antara 1 dan 5.', en: 'The value must be between 1 and 5.' },
    });
    expect(parseIndicatorValue('0', level).ok).toBe(false);
    expect(parseIndicatorValue('100,01', score100).ok).toBe(false);
  });

  it('formats decimal bounds the Indonesian way in Indonesian', () => {
    const ipp: IndicatorValueSpec = { valueType: 'SCORE', scaleMin: '3.51', scaleMax: '4.00' };
    expect(parseIndicatorValue('3,5', ipp)).toEqual({
      ok: false,
      message: { id: 'Nilai harus antara 3,51 dan 4.', en: 'The value must be between 3.51 and 4.' },
    });
  });

  it('names a single bound', () => {
    expect(parseIndicatorValue('-1', { valueType: 'SCORE', scaleMin: 0 })).toEqual({
      ok: false,
      message: { id: 'Nilai minimal 0.', en: 'The value must be at least 0.' },
    });
    expect(parseIndicatorValue('4,5', { valueType: 'SCORE', scaleMax: 4 })).toEqual({
      ok: false,
      message: { id: 'Nilai maksimal 4.', en: 'The value must be at most 4.' },
    });
  });

  it('accepts "Level 3" for levels', () => {
    expect(parseIndicatorValue('Level 3', level)).toMatchObject({ ok: true, numericValue: '3', textValue: 'Level 3' });
  });

  it('passes the dot-decimal warning on', () => {
    expect(parseIndicatorValue('3.25', { valueType: 'SCORE', scaleMin: 0, scaleMax: 5 })).toEqual({
      ok: true,
      numericValue: '3.25',
      categoryValue: null,
      textValue: '3.25',
      notAvailable: false,
      warning: 'dot-decimal',
    });
  });

  it('does not take a unit word for scores', () => {
    expect(parseIndicatorValue('71 poin', score100).ok).toBe(false);
  });
});

describe('parseIndicatorValue: NUMBER', () => {
  it.each([
    ['30 Orang', '30'],
    ['30 orang', '30'],
    ['157 Orang', '157'],
    ['2835 buah', '2835'],
    ['1 Kali', '1'],
    ['7630 Orang', '7630'],
    ['3,00', '3'],
    ['50,00', '50'],
    ['30Orang', '30'],
  ])('%s → %s, keeping the text', (raw, expected) => {
    expect(parseIndicatorValue(raw, number)).toEqual({
      ok: true,
      numericValue: expected,
      categoryValue: null,
      textValue: raw,
      notAvailable: false,
    });
  });

  it('refuses text with more numbers in it', () => {
    const result = parseIndicatorValue('2 jabatan (1 kali seleksi)', number);
    expect(result).toEqual({
      ok: false,
      message: {
        id: 'Isi dengan angka, boleh diikuti satuan (mis. "30 Orang" atau "43,84"), atau "n.a" bila tidak tersedia.',
        en: 'Enter a number, optionally followed by a unit (e.g. "30 Orang" or "43,84"), or "n.a" when not available.',
      },
    });
  });

  it('refuses a unit word in front', () => {
    expect(parseIndicatorValue('Orang 30', number).ok).toBe(false);
  });
});

describe('parseIndicatorValue: CATEGORY', () => {
  it('matches case-insensitively and returns the defined spelling', () => {
    expect(parseIndicatorValue('wtp', opinion)).toEqual({
      ok: true,
      numericValue: null,
      categoryValue: 'WTP',
      textValue: 'wtp',
      notAvailable: false,
    });
    expect(parseIndicatorValue(' Tmp ', opinion)).toMatchObject({ ok: true, categoryValue: 'TMP' });
  });

  it('refuses other values listing the allowed ones', () => {
    expect(parseIndicatorValue('WTP-DPP', opinion)).toEqual({
      ok: false,
      message: { id: 'Pilih salah satu: WTP, WDP, TW, TMP.', en: 'Choose one of: WTP, WDP, TW, TMP.' },
    });
  });

  it('explains a missing category list', () => {
    const result = parseIndicatorValue('WTP', { valueType: 'CATEGORY' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.en).toContain('no categories');
  });
});

describe('parseIndicatorValue: TEXT', () => {
  it('keeps the trimmed text', () => {
    expect(parseIndicatorValue('  Tersusunnya SK Tim RB ', text)).toEqual({
      ok: true,
      numericValue: null,
      categoryValue: null,
      textValue: 'Tersusunnya SK Tim RB',
      notAvailable: false,
    });
  });
});

describe('formatIndicatorValue', () => {
  const parsed = (raw: string, spec: IndicatorValueSpec) => {
    const result = parseIndicatorValue(raw, spec);
    if (!result.ok) throw new Error(result.message.en);
    return result;
  };

  it('formats each type', () => {
    expect(formatIndicatorValue(parsed('2,53', { valueType: 'SCORE' }), { valueType: 'SCORE' })).toBe('2,53');
    expect(formatIndicatorValue(parsed('73', percentage), percentage)).toBe('73%');
    expect(formatIndicatorValue(parsed('43,84 %', percentage), percentage)).toBe('43,84%');
    expect(formatIndicatorValue(parsed('wtp', opinion), opinion)).toBe('WTP');
    expect(formatIndicatorValue(parsed('n.a', opinion), opinion)).toBe('n.a');
    expect(formatIndicatorValue(parsed('-', score100), score100)).toBe('n.a');
    expect(formatIndicatorValue(parsed('7630 Orang', number), number)).toBe('7.630');
    expect(formatIndicatorValue(parsed('3,0375', { valueType: 'SCORE' }), { valueType: 'SCORE' })).toBe('3,0375');
    expect(formatIndicatorValue(parsed('Apa adanya', text), text)).toBe('Apa adanya');
  });

  it('appends the unit of NUMBER values on request', () => {
    expect(formatIndicatorValue(parsed('30 orang', number), number, { withUnit: true })).toBe('30 Orang');
    expect(formatIndicatorValue(parsed('71', score100), score100, { withUnit: true })).toBe('71');
  });

  it('accepts database decimals and missing values', () => {
    expect(formatIndicatorValue({ numericValue: '3.5100', notAvailable: false }, { valueType: 'SCORE' })).toBe('3,51');
    expect(formatIndicatorValue(null, number)).toBe('');
    expect(formatIndicatorValue({ numericValue: null, textValue: 'lihat catatan' }, number)).toBe('lihat catatan');
  });
});
