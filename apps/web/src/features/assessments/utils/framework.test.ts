import { describe, expect, it } from 'vitest';
import type { FrameworkTreeFragment } from '../../../gql/graphql.ts';
import { answerLabel, formatScore, indexFramework, liveScore } from './framework.ts';

// A framework as the API sends it: flat nodes with parentId, criteria with the
// default options of their type filled in.
const yesNo = [
  { code: 'YA', label: 'Ya', value: 1 },
  { code: 'TIDAK', label: 'Tidak', value: 0 },
];
const fw = {
  id: 'f',
  code: 'T',
  name: 'Uji',
  regulation: null,
  revision: 1,
  status: 'PUBLISHED',
  version: 1,
  national: true,
  inUse: false,
  editable: false,
  nodes: [
    { id: 'k', parentId: null, kind: 'COMPONENT', code: 'A', name: 'Pengungkit', weight: '60', sortOrder: 0, version: 1 },
    { id: 'area', parentId: 'k', kind: 'AREA', code: 'A.1', name: 'Manajemen Perubahan', weight: '2', sortOrder: 0, version: 1 },
    { id: 's1', parentId: 'area', kind: 'SUB_ITEM', code: 'a', name: 'Tim RB', weight: '0.4', sortOrder: 0, version: 1 },
    { id: 's2', parentId: 'area', kind: 'SUB_ITEM', code: 'b', name: 'Monev', weight: '1.6', sortOrder: 1, version: 1 },
    { id: 'h', parentId: null, kind: 'COMPONENT', code: 'B', name: 'Hasil', weight: '40', sortOrder: 1, version: 1 },
    { id: 's3', parentId: 'h', kind: 'SUB_ITEM', code: 'c', name: 'Survei', weight: null, sortOrder: 0, version: 1 },
  ],
  criteria: [
    {
      id: 'c2',
      nodeId: 's1',
      code: '2',
      text: 'Dua',
      guidance: null,
      answerType: 'YES_NO',
      options: yesNo,
      scaleMin: null,
      scaleMax: null,
      sortOrder: 1,
      version: 1,
    },
    {
      id: 'c1',
      nodeId: 's1',
      code: '1',
      text: 'Satu',
      guidance: null,
      answerType: 'YES_NO',
      options: yesNo,
      scaleMin: null,
      scaleMax: null,
      sortOrder: 0,
      version: 1,
    },
    {
      id: 'c3',
      nodeId: 's2',
      code: '1',
      text: 'Tiga',
      guidance: null,
      answerType: 'ABC',
      options: [
        { code: 'A', label: 'Lengkap', value: 1 },
        { code: 'B', label: 'Sebagian', value: 0.5 },
        { code: 'C', label: 'Belum', value: 0 },
      ],
      scaleMin: null,
      scaleMax: null,
      sortOrder: 0,
      version: 1,
    },
    {
      id: 'c4',
      nodeId: 's3',
      code: '1',
      text: 'Empat',
      guidance: null,
      answerType: 'SCALE',
      options: [],
      scaleMin: '0',
      scaleMax: '4',
      sortOrder: 0,
      version: 1,
    },
  ],
} as unknown as FrameworkTreeFragment;

describe('worksheet framework index and live score', () => {
  const index = indexFramework(fw);

  it('orders criteria as the worksheet shows them and finds each area', () => {
    expect(index.criteria.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(index.areaOf('s2')?.id).toBe('area');
    expect(index.areaOf('s3')).toBeNull();
  });

  it('scores live like the API: Tim RB 0,4 × ½ + Monev 1,6 × 0,5 = 1,00; the unknown weight counts nothing', () => {
    const s = liveScore(
      index,
      new Map([
        ['c1', 'YA'],
        ['c2', 'TIDAK'],
        ['c3', 'B'],
        ['c4', '3'],
      ]),
    );
    expect(s.nodes.get('s1')?.score).toBe(0.2);
    expect(s.nodes.get('s2')?.score).toBe(0.8);
    expect(s.total).toBe(1);
    expect(s.maxTotal).toBe(2);
    expect(s.nodes.get('s3')).toMatchObject({ score: 0, unknownWeight: true, answered: 1 });
    expect(s).toMatchObject({ answered: 4, totalCriteria: 4, grade: 'D' });
    expect(formatScore(s.total)).toBe('1,00');
  });

  it('labels answers with the wording of the option', () => {
    expect(answerLabel(index.criteria[2]!, 'B')).toBe('B – Sebagian');
    expect(answerLabel(index.criteria[0]!, 'YA')).toBe('Ya');
    expect(answerLabel(index.criteria[3]!, '2.5')).toBe('2,5');
    expect(answerLabel(index.criteria[0]!, null)).toBe('–');
  });
});
