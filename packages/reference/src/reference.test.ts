import { describe, expect, it } from 'vitest';
import { AREAS, type FrameworkPart, frameworkRows, NATIONAL_FRAMEWORKS } from './index.ts';

describe('national reference data', () => {
  it('has the 8 areas of change once each, in road-map order', () => {
    expect(AREAS.map((a) => a.kind)).toEqual([
      'CHANGE_MANAGEMENT',
      'DEREGULATION',
      'ORGANIZATION',
      'BUSINESS_PROCESS',
      'HR_MANAGEMENT',
      'ACCOUNTABILITY',
      'SUPERVISION',
      'PUBLIC_SERVICE',
    ]);
  });

  it('names each national framework once (code + revision) and puts criteria only on sub-items', () => {
    const keys = NATIONAL_FRAMEWORKS.map((f) => `${f.code} r${f.revision}`);
    expect(new Set(keys).size).toBe(keys.length);
    const misplaced: string[] = [];
    const walk = (n: FrameworkPart) => {
      if (n.criteria?.length && n.kind !== 'SUB_ITEM') misplaced.push(n.name);
      n.children?.forEach(walk);
    };
    for (const f of NATIONAL_FRAMEWORKS) f.nodes.forEach(walk);
    expect(misplaced).toEqual([]);
  });

  it('turns a framework into published national rows whose criteria hang on its own parts', () => {
    const fw = NATIONAL_FRAMEWORKS[0]!;
    const { framework, nodes, criteria } = frameworkRows(fw);
    expect(framework).toMatchObject({ governmentId: null, status: 'PUBLISHED', code: fw.code, revision: fw.revision });
    const ids = new Set(nodes.map((n) => n.id));
    expect(nodes.every((n) => n.frameworkId === framework.id && (n.parentId === null || ids.has(n.parentId)))).toBe(true);
    expect(criteria.length).toBeGreaterThan(0);
    expect(criteria.every((c) => ids.has(c.nodeId) && c.frameworkId === framework.id)).toBe(true);
    // New ids each time: a copy never collides with the rows already stored.
    expect(frameworkRows(fw).framework.id).not.toBe(framework.id);
  });
});

describe('the 2023 national model as data', () => {
  const byCode = new Map(NATIONAL_FRAMEWORKS.map((f) => [f.code, f]));
  const sum = (parts: FrameworkPart[] | undefined, kind?: 'PROVINCE' | 'REGENCY' | 'CITY' | 'MINISTRY') =>
    (parts ?? []).reduce((s, p) => {
      const v = kind && p.variantWeights && kind in p.variantWeights ? p.variantWeights[kind] : p.weight;
      return s + (typeof v === 'number' ? v : 0);
    }, 0);
  const walk = (parts: FrameworkPart[], visit: (p: FrameworkPart) => void) =>
    parts.forEach((p) => {
      visit(p);
      if (p.children) walk(p.children, visit);
    });

  it('every weight and criterion of a 2023 framework names its source', () => {
    const missing: string[] = [];
    for (const code of ['RB-GENERAL-2023', 'RB-TEMATIK-2023', 'SAKIP-2021']) {
      walk(byCode.get(code)!.nodes, (p) => {
        if (p.weight !== null && !p.source) missing.push(`${code} ${p.code}`);
        for (const c of p.criteria ?? []) if (!c.source) missing.push(`${code} ${c.code}`);
      });
    }
    // The older frameworks cite their sources once, for the whole framework.
    for (const f of NATIONAL_FRAMEWORKS) if (!f.source) missing.push(f.code);
    expect(missing).toEqual([]);
  });

  it('RB General adds up to 100 for every kind of government (components, and hard elements to 33)', () => {
    const general = byCode.get('RB-GENERAL-2023')!;
    for (const kind of ['MINISTRY', 'PROVINCE', 'REGENCY', 'CITY'] as const) {
      expect(sum(general.nodes, kind)).toBe(100);
      const hard = general.nodes.find((n) => n.code === 'B')!.children!.find((n) => n.code === 'B.I')!;
      expect(sum(hard.children, kind)).toBeCloseTo(33, 9);
    }
  });

  it('RB Tematik is 20 for a local government and 10 for a ministry; SAKIP is 100 split 20/30/50', () => {
    const tematik = byCode.get('RB-TEMATIK-2023')!;
    expect(sum(tematik.nodes, 'REGENCY')).toBe(20);
    expect(sum(tematik.nodes, 'MINISTRY')).toBe(10);
    const sakip = byCode.get('SAKIP-2021')!;
    expect(sum(sakip.nodes)).toBe(100);
    for (const c of sakip.nodes) expect(sum(c.children)).toBeCloseTo(c.weight!, 9);
    expect(tematik.indexCode).toBe(byCode.get('RB-GENERAL-2023')!.indexCode);
  });

  it('resolves multipliers to criteria of the same framework', () => {
    const { criteria } = frameworkRows(byCode.get('RB-GENERAL-2023')!);
    const a2 = criteria.find((c) => c.code === 'A2')!;
    expect(criteria.find((c) => c.id === a2.multiplierId)?.code).toBe('A1');
    expect(() =>
      frameworkRows({
        ...byCode.get('SAKIP-2021')!,
        nodes: [{ kind: 'SUB_ITEM', name: 'x', weight: 1, criteria: [{ text: 'x', answerType: 'YES_NO', multiplier: 'nope' }] }],
      }),
    ).toThrow(/multiplier nope/);
  });
});
