// A performance tree of 1,000 nodes on 5 levels (1 + 5 + 30 + 180 + 784), each
// with a statement, an indicator text, an observed baseline and a rationale;
// the nodes of levels 0–2 linked to indicators with a baseline, a target and
// a realization for the tree's year (so the map can colour their status).
import { randomUUID } from 'node:crypto';
import type { Database, Prisma } from '@rb/db';
import { createManyChunked } from '../lib/db.ts';
import { seededRandom } from '../lib/report.ts';

export const LEVEL_SIZES = [1, 5, 30, 180, 784] as const;
const KINDS = ['RESULT', 'RESULT', 'PROGRAM', 'ACTIVITY', 'SUB_ACTIVITY'] as const;
const LINKED_LEVELS = 3;

export async function generateTree(db: Database, governmentId: string, year: number, seed: number) {
  const random = seededRandom(seed);
  const treeId = randomUUID();
  await db.prisma.performanceTree.create({
    data: { id: treeId, governmentId, year, title: `Pohon Kinerja ${year} (benchmark, 1.000 simpul)` },
  });
  const nodes: Prisma.TreeNodeCreateManyInput[] = [];
  const indicators: Prisma.IndicatorCreateManyInput[] = [];
  const values: Prisma.IndicatorValueCreateManyInput[] = [];
  const links: Prisma.TreeNodeIndicatorCreateManyInput[] = [];
  let parents: string[] = [];
  for (let level = 0; level < LEVEL_SIZES.length; level++) {
    const ids: string[] = [];
    const count = LEVEL_SIZES[level]!;
    for (let n = 0; n < count; n++) {
      const id = randomUUID();
      // Children spread evenly over the level above, in order.
      const parentId = level === 0 ? null : parents[Math.floor((n * parents.length) / count)]!;
      const label = `${level}.${n + 1}`;
      nodes.push({
        id,
        governmentId,
        treeId,
        parentId,
        level,
        sortOrder: n,
        kind: KINDS[level]!,
        statement: `Meningkatnya kualitas kinerja ${['organisasi', 'layanan', 'aparatur', 'tata kelola'][n % 4]} ${label}`,
        indicatorText: `Persentase capaian ${label}`,
        observedProblem: 'Capaian belum optimal karena proses belum terstandar',
        observedValue: Math.round((40 + random() * 50) * 100) / 100,
        observedYear: year - 1,
        observedSource: 'LKjIP',
        rationale: 'Mendukung pencapaian sasaran di atasnya (PermenPANRB 89/2021)',
      });
      ids.push(id);
      if (level < LINKED_LEVELS) {
        const indicatorId = randomUUID();
        indicators.push({
          id: indicatorId,
          governmentId,
          scope: 'TREE',
          code: `PK${label}`,
          name: `Persentase capaian ${label}`,
          unit: '%',
          valueType: 'PERCENTAGE',
        });
        links.push({ nodeId: id, indicatorId });
        const target = 60 + random() * 30;
        values.push({ governmentId, indicatorId, kind: 'BASELINE', year: year - 1, numericValue: Math.round(target * 0.8 * 100) / 100 });
        values.push({ governmentId, indicatorId, kind: 'TARGET', year, numericValue: Math.round(target * 100) / 100 });
        values.push({
          governmentId,
          indicatorId,
          kind: 'REALIZATION',
          year,
          numericValue: Math.round(target * (0.7 + random() * 0.4) * 100) / 100,
        });
      }
    }
    parents = ids;
  }
  await createManyChunked(nodes, (data) => db.prisma.treeNode.createMany({ data }));
  await createManyChunked(indicators, (data) => db.prisma.indicator.createMany({ data }));
  await createManyChunked(values, (data) => db.prisma.indicatorValue.createMany({ data }));
  await createManyChunked(links, (data) => db.prisma.treeNodeIndicator.createMany({ data }));
  return { treeId, nodes: nodes.length };
}
