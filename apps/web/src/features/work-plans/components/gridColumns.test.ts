import { describe, expect, it } from 'vitest';
import type { GridRow } from '../utils/gridRows.ts';
import { buildGridColumns, cellText, type GridColumn, isEditable } from './gridColumns.tsx';

const t = ((key: string) => key) as never;
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Ags', 'Sep', 'Okt', 'Nov', 'Des'];

describe('grid columns', () => {
  const columns = buildGridColumns({
    t,
    kind: 'WORK_PLAN',
    months,
    show: { area: true, indicator: true, program: false, budget: false, successCriteria: true },
  });
  const col = (kind: string) => columns.find((c) => c.kind === kind) as GridColumn;

  it('follows the official order and ends with the twelve months', () => {
    expect(columns.map((c) => c.kind).slice(0, 9)).toEqual([
      'no',
      'indicator',
      'activity',
      'action',
      'output',
      'responsible',
      'step',
      'successCriteria',
      'month',
    ]);
    expect(columns.filter((c) => c.kind === 'month').map((c) => c.header)).toEqual(months);
    expect(columns[0]?.stickyLeft).toBeGreaterThan(0);
  });

  it('edits a step row’s own cells and its action’s name; never the parents above', () => {
    const action = {
      id: 'a',
      name: 'Aksi',
      output: 'SK',
      responsibleAgency: null,
      responsibleText: 'Bag. Organisasi',
      successCriteria: null,
    };
    const step = {
      id: 's',
      name: 'Langkah',
      output: null,
      responsibleAgency: { id: 'g', name: 'Bagian Organisasi', shortName: 'Org' },
      responsibleText: null,
      successCriteria: 'Terbit',
    };
    const row = {
      kind: 'step',
      step,
      action,
      activity: { name: 'Kegiatan', area: null, indicator: null },
      groupNo: 1,
    } as unknown as GridRow;
    expect(isEditable(col('step'), row)).toBe(true);
    expect(isEditable(col('month'), row)).toBe(true);
    expect(isEditable(col('action'), row)).toBe(true);
    expect(isEditable(col('activity'), row)).toBe(false);
    expect(isEditable(col('indicator'), row)).toBe(false);
    expect(cellText(col('responsible'), row)).toBe('Org');
    expect(cellText(col('output'), row)).toBe('');
    expect(cellText(col('successCriteria'), row)).toBe('Terbit');
    const group = { ...row, kind: 'group' } as GridRow;
    expect(isEditable(col('step'), group)).toBe(false);
    const actionRow = { ...row, kind: 'action', step: null } as GridRow;
    expect(isEditable(col('month'), actionRow)).toBe(false);
    expect(isEditable(col('output'), actionRow)).toBe(true);
    expect(cellText(col('output'), actionRow)).toBe('SK');
  });
});
