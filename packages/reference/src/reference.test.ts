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
