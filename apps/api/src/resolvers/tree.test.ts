import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi, type TestClient } from '../testing/harness.ts';

const NODE = `id parentId level sortOrder kind statement indicatorText observedProblem observedValue observedYear observedSource rationale responsibleOfficial version
  indicators { indicator { id name } rationale } actions { action { id name } workPlanId rationale }`;
const TREE = `query ($id: ID!) { performanceTree(id: $id) { id version canEdit nodes { ${NODE} } checks { kind nodeId parentLevel level action { id } indicator { id } } } }`;
const ADD = `mutation ($input: AddTreeNodeInput!) { addTreeNode(input: $input) { ${NODE} } }`;
const UPDATE = `mutation ($input: UpdateTreeNodeInput!) { updateTreeNode(input: $input) { ${NODE} } }`;
const MOVE = `mutation ($input: MoveTreeNodeInput!) { moveTreeNode(input: $input) { id nodes { id parentId sortOrder level version } } }`;
const DELETE = `mutation ($id: ID!, $version: Int!) { deleteTreeNode(id: $id, version: $version) { deletedIds tree { nodes { id } } } }`;
const RESTORE = `mutation ($id: ID!) { restoreTreeNode(id: $id) { nodes { id parentId sortOrder } } }`;
const LINK_IND = `mutation ($input: TreeNodeLinkInput!) { linkTreeNodeIndicator(input: $input) { ${NODE} } }`;
const UNLINK_IND = `mutation ($input: TreeNodeUnlinkInput!) { unlinkTreeNodeIndicator(input: $input) { ${NODE} } }`;
const LINK_ACT = `mutation ($input: TreeNodeLinkInput!) { linkTreeNodeAction(input: $input) { ${NODE} } }`;

type Node = {
  id: string;
  parentId: string | null;
  level: number;
  sortOrder: number;
  kind: string;
  statement: string;
  version: number;
  observedValue: string | null;
  indicators: { indicator: { id: string; name: string }; rationale: string | null }[];
  actions: { action: { id: string; name: string }; workPlanId: string | null; rationale: string | null }[];
};
type Tree = {
  id: string;
  version: number;
  canEdit: boolean;
  nodes: Node[];
  checks: { kind: string; nodeId: string | null; action: { id: string } | null; indicator: { id: string } | null }[];
};

const fields = (statement: string, extra: Record<string, unknown> = {}) => ({ statement, kind: 'RESULT', ...extra });

describeApi('performance tree editing', () => {
  let api: TestApi;
  let planner: TestClient;
  let treeId: string;
  const tree = async (c: TestClient = planner) => (await c.ok<{ performanceTree: Tree }>(TREE, { id: treeId })).performanceTree;
  const byStatement = async (statement: string) => (await tree()).nodes.find((n) => n.statement === statement) as Node;
  const childrenOf = (t: Tree, parentId: string | null) =>
    t.nodes
      .filter((n) => n.parentId === parentId)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((n) => n.statement);

  beforeAll(async () => {
    api = await startTestApi();
    planner = await api.as('perencana@lumajang.demo', 'lumajang');
    const { performanceTrees } = await planner.ok<{ performanceTrees: { id: string }[] }>(`{ performanceTrees { id } }`);
    treeId = performanceTrees[0]!.id;
  });
  afterAll(() => api?.close());

  it('keeps the document’s levels: sub-activities share level 4 with their activity, and no check reports a skipped level', async () => {
    const t = await tree();
    expect(Math.max(...t.nodes.map((n) => n.level))).toBe(4);
    expect(t.nodes.filter((n) => n.kind === 'SUB_ACTIVITY').every((n) => n.level === 4)).toBe(true);
    expect(t.checks.filter((c) => c.kind === 'LEVEL_SKIPPED')).toEqual([]);
  });

  it('adds a child and a sibling in place, with the level the parent calls for', async () => {
    const program = await byStatement('Penilaian dan Evaluasi');
    const child = (
      await planner.ok<{ addTreeNode: Node }>(ADD, {
        input: {
          treeId,
          parentId: program.id,
          index: 0,
          fields: fields('Pengelolaan Uji Coba Cabang', {
            kind: 'ACTIVITY',
            indicatorText: 'Persentase ASN dinilai',
            observedValue: '43.84',
            observedYear: 2021,
            observedSource: 'BKD, 2021',
          }),
        },
      })
    ).addTreeNode;
    expect(child).toMatchObject({ level: 4, sortOrder: 0, kind: 'ACTIVITY', observedValue: '43.84', version: 1 });
    const sub = (
      await planner.ok<{ addTreeNode: Node }>(ADD, {
        input: { treeId, parentId: child.id, fields: fields('Sub uji coba', { kind: 'SUB_ACTIVITY' }) },
      })
    ).addTreeNode;
    expect(sub.level).toBe(4);
    // A sibling right after the new child: the later siblings shift down, order kept.
    await planner.ok(ADD, { input: { treeId, parentId: program.id, index: 1, fields: fields('Saudara uji coba', { kind: 'ACTIVITY' }) } });
    expect(childrenOf(await tree(), program.id)).toEqual([
      'Pengelolaan Uji Coba Cabang',
      'Saudara uji coba',
      'Penilaian dan Evaluasi Kinerja Aparatur',
      'Pengelolaan Pemberian Penghargaan Bagi Pegawai',
      'Pembinaan dan Penyelesaian Pelanggaran Disiplin ASN',
    ]);
  });

  it('edits the fields with the version read and audits it; refuses a stale version and bad input, changing nothing', async () => {
    const node = await byStatement('Penataan Mutasi dan Promosi ASN');
    const edited = (
      await planner.ok<{ updateTreeNode: Node }>(UPDATE, {
        input: {
          id: node.id,
          version: node.version,
          fields: fields('Penataan Mutasi dan Promosi ASN', {
            kind: 'PROGRAM',
            indicatorText: 'Persentase jabatan terisi sesuai kompetensi',
            observedProblem: 'Banyak jabatan kosong',
            observedValue: '61.5',
            observedYear: 2021,
            observedSource: 'BKD, 2021',
            rationale: 'PermenPANRB 40/2018: sistem merit',
            responsibleOfficial: 'Kabid Mutasi dan Promosi',
          }),
        },
      })
    ).updateTreeNode;
    expect(edited).toMatchObject({ version: node.version + 1, observedValue: '61.5', rationale: 'PermenPANRB 40/2018: sistem merit' });
    const admin = await api.as('admin@lumajang.demo', 'lumajang');
    const log = (
      await admin.ok(`query ($id: ID!) { auditLog(entity: "TreeNode", entityId: $id) { action before after userName } }`, { id: node.id })
    ).auditLog;
    expect(log[0].userName).toMatch(/Perencana/i);
    expect(log[0].action).toBe('UPDATE');
    expect(JSON.parse(log[0].after).indicatorText).toBe('Persentase jabatan terisi sesuai kompetensi');

    const stale = await planner.gql(UPDATE, { input: { id: node.id, version: node.version, fields: fields('Basi', { kind: 'PROGRAM' }) } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const empty = await planner.gql(UPDATE, {
      input: { id: node.id, version: edited.version, fields: fields('   ', { kind: 'PROGRAM' }) },
    });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fields.statement' });
    const badValue = await planner.gql(UPDATE, {
      input: { id: node.id, version: edited.version, fields: fields('X', { kind: 'PROGRAM', observedValue: '1.2.3' }) },
    });
    // Rejected by the Decimal scalar before the service runs.
    expect(badValue.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badYear = await planner.gql(UPDATE, {
      input: { id: node.id, version: edited.version, fields: fields('X', { kind: 'PROGRAM', observedYear: 1800 }) },
    });
    expect(badYear.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fields.observedYear' });
    expect((await byStatement('Penataan Mutasi dan Promosi ASN')).version).toBe(edited.version);
  });

  it('reorders siblings and moves a subtree to another parent, shifting its levels', async () => {
    const root = await byStatement('Meningkatnya Manajemen ASN melalui Sistem Merit');
    const compet = await byStatement('Pengembangan Kompetensi SDM');
    const moved = await planner.ok<{ moveTreeNode: Tree }>(MOVE, {
      input: { id: compet.id, version: compet.version, parentId: root.id, index: 0 },
    });
    expect(moved.moveTreeNode.nodes.find((n) => n.id === compet.id)).toMatchObject({ parentId: root.id, sortOrder: 0, level: 3 });
    let t = await tree();
    expect(childrenOf(t, root.id)).toEqual([
      'Pengembangan Kompetensi SDM',
      'Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN',
      'Penataan Mutasi dan Promosi ASN',
      'Penilaian dan Evaluasi',
    ]);
    // Move the activity "Evaluasi dan Pelaporan" (with its sub-activities) up under the level-1 result.
    const evaluasi = t.nodes.find((n) => n.statement === 'Evaluasi dan Pelaporan') as Node;
    const level1 = t.nodes.find((n) => n.level === 1) as Node;
    await planner.ok(MOVE, { input: { id: evaluasi.id, version: evaluasi.version, parentId: level1.id, index: 5 } });
    t = await tree();
    const after = t.nodes.find((n) => n.id === evaluasi.id) as Node;
    expect(after).toMatchObject({ parentId: level1.id, level: 2, version: evaluasi.version + 1 });
    expect(t.nodes.filter((n) => n.parentId === evaluasi.id).map((n) => n.level)).toEqual([2, 2]);
    expect(childrenOf(t, level1.id)).toEqual(['Meningkatnya Manajemen ASN melalui Sistem Merit', 'Evaluasi dan Pelaporan']);
    expect(childrenOf(t, compet.id)).toEqual(['Penyelenggaraan Pengembangan Kompetensi', 'Pelaksanaan Kerjasama Antar Lembaga']);
  });

  it('refuses a move that would create a cycle, and a stale one, changing nothing', async () => {
    const t = await tree();
    const level1 = t.nodes.find((n) => n.level === 1) as Node;
    const deep = t.nodes.find((n) => n.statement === 'Pemeliharaan Server') as Node;
    const cycle = await planner.gql(MOVE, { input: { id: level1.id, version: level1.version, parentId: deep.id, index: 0 } });
    expect(cycle.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CYCLE' });
    const self = await planner.gql(MOVE, { input: { id: level1.id, version: level1.version, parentId: level1.id, index: 0 } });
    expect(self.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const stale = await planner.gql(MOVE, { input: { id: deep.id, version: deep.version - 1 || 99, parentId: null, index: 0 } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const again = await tree();
    expect(again.nodes.map((n) => [n.id, n.parentId, n.sortOrder, n.level])).toEqual(
      t.nodes.map((n) => [n.id, n.parentId, n.sortOrder, n.level]),
    );
  });

  it('deletes a subtree and restores it where it was (undo), both audited', async () => {
    const program = await byStatement('Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN');
    const parentId = program.parentId;
    const before = await tree();
    const siblingsBefore = childrenOf(before, parentId);
    const r = await planner.ok<{ deleteTreeNode: { deletedIds: string[]; tree: { nodes: { id: string }[] } } }>(DELETE, {
      id: program.id,
      version: program.version,
    });
    expect(r.deleteTreeNode.deletedIds).toHaveLength(1 + 4 + 6);
    expect(r.deleteTreeNode.tree.nodes.some((n) => n.id === program.id)).toBe(false);
    expect(childrenOf(await tree(), parentId)).not.toContain(program.statement);
    await planner.ok(RESTORE, { id: program.id });
    const after = await tree();
    expect(childrenOf(after, parentId)).toEqual(siblingsBefore);
    expect(after.nodes.filter((n) => r.deleteTreeNode.deletedIds.includes(n.id))).toHaveLength(11);
    const admin = await api.as('admin@lumajang.demo', 'lumajang');
    const log = (await admin.ok(`query ($id: ID!) { auditLog(entity: "TreeNode", entityId: $id) { action } }`, { id: program.id }))
      .auditLog;
    expect(log.map((l: { action: string }) => l.action).slice(0, 2)).toEqual(['CREATE', 'DELETE']);
    const twice = await planner.gql(RESTORE, { id: program.id });
    expect(twice.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('moves a node’s level with its kind: a sub-activity made an activity sits one level below its activity', async () => {
    const sub = await byStatement('Pelantikan dan sertijab');
    expect(sub).toMatchObject({ kind: 'SUB_ACTIVITY', level: 4 });
    const r = (
      await planner.ok<{ updateTreeNode: Node }>(UPDATE, {
        input: { id: sub.id, version: sub.version, fields: fields(sub.statement, { kind: 'ACTIVITY' }) },
      })
    ).updateTreeNode;
    expect(r).toMatchObject({ kind: 'ACTIVITY', level: 5 });
    const t = await tree();
    expect(t.checks.filter((c) => c.kind === 'LEVEL_SKIPPED')).toEqual([]);
    const back = (
      await planner.ok<{ updateTreeNode: Node }>(UPDATE, {
        input: { id: sub.id, version: r.version, fields: fields(sub.statement, { kind: 'SUB_ACTIVITY' }) },
      })
    ).updateTreeNode;
    expect(back.level).toBe(4);
  });

  it('refuses to restore a node whose parent was deleted after it, until the parent is restored', async () => {
    const parent = await byStatement('Pengelolaan Promosi ASN');
    const child = await byStatement('Ujian Dinas');
    await planner.ok(DELETE, { id: child.id, version: child.version });
    const p = await byStatement('Pengelolaan Promosi ASN');
    await planner.ok(DELETE, { id: p.id, version: p.version });
    const refused = await planner.gql(RESTORE, { id: child.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await planner.ok(RESTORE, { id: parent.id });
    await planner.ok(RESTORE, { id: child.id });
    const t = await tree();
    expect(childrenOf(t, parent.id)).toEqual(['manajemen talenta', 'Ujian Dinas']);
  });

  it('attaches and detaches an indicator with its rationale; the checks follow', async () => {
    const node = await byStatement('Penilaian dan Evaluasi');
    const { indicators } = await planner.ok<{ indicators: { id: string; name: string }[] }>(`{ indicators { id name } }`);
    const indicator = indicators[0]!;
    const linked = (
      await planner.ok<{ linkTreeNodeIndicator: Node }>(LINK_IND, {
        input: { nodeId: node.id, version: node.version, targetId: indicator.id, rationale: 'Diukur dengan indeks ini' },
      })
    ).linkTreeNodeIndicator;
    expect(linked.indicators).toEqual([{ indicator, rationale: 'Diukur dengan indeks ini' }]);
    expect(linked.version).toBe(node.version + 1);
    let t = await tree();
    expect(t.checks.some((c) => c.kind === 'NODE_WITHOUT_INDICATOR' && c.nodeId === node.id)).toBe(false);
    expect(t.checks.some((c) => c.kind === 'INDICATOR_UNUSED' && c.indicator?.id === indicator.id)).toBe(false);
    const stale = await planner.gql(UNLINK_IND, { input: { nodeId: node.id, version: node.version, targetId: indicator.id } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const unlinked = (
      await planner.ok<{ unlinkTreeNodeIndicator: Node }>(UNLINK_IND, {
        input: { nodeId: node.id, version: linked.version, targetId: indicator.id },
      })
    ).unlinkTreeNodeIndicator;
    expect(unlinked.indicators).toEqual([]);
    t = await tree();
    expect(t.checks.some((c) => c.kind === 'NODE_WITHOUT_INDICATOR' && c.nodeId === node.id)).toBe(true);
  });

  it('lets a manager read but not edit, and keeps governments apart', async () => {
    const manager = await api.as('pimpinan@lumajang.demo', 'lumajang');
    const t = await tree(manager);
    expect(t.canEdit).toBe(false);
    const node = t.nodes[0] as Node;
    const refused = await manager.gql(UPDATE, { input: { id: node.id, version: node.version, fields: fields('Diubah pimpinan') } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const add = await manager.gql(ADD, { input: { treeId, parentId: node.id, fields: fields('Tidak boleh') } });
    expect(add.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await api.as('perencana@probolinggo.demo', 'probolinggo');
    const foreign = await other.gql(UPDATE, { input: { id: node.id, version: node.version, fields: fields('Dibajak') } });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const foreignMove = await other.gql(MOVE, { input: { id: node.id, version: node.version, parentId: null, index: 0 } });
    expect(foreignMove.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await other.ok<{ performanceTree: Tree | null }>(TREE, { id: treeId })).performanceTree).toBeNull();
    expect((await tree()).nodes.find((n) => n.id === node.id)?.statement).toBe(node.statement);
  });

  it('clones the tree for a new year with its nodes and indicator links', async () => {
    const source = await tree();
    const r = await planner.ok<{
      clonePerformanceTree: { id: string; year: number; title: string; clonedFrom: { id: string }; nodes: Node[] };
    }>(
      `mutation ($input: ClonePerformanceTreeInput!) { clonePerformanceTree(input: $input) { id year title clonedFrom { id } nodes { ${NODE} } } }`,
      { input: { sourceId: treeId, year: 2022 } },
    );
    const clone = r.clonePerformanceTree;
    expect(clone).toMatchObject({ year: 2022, clonedFrom: { id: treeId } });
    expect(clone.nodes).toHaveLength(source.nodes.length);
    expect(clone.nodes.map((n) => [n.statement, n.level]).sort()).toEqual(source.nodes.map((n) => [n.statement, n.level]).sort());
    expect(clone.nodes.flatMap((n) => n.indicators.map((l) => l.indicator.id)).sort()).toEqual(
      source.nodes.flatMap((n) => n.indicators.map((l) => l.indicator.id)).sort(),
    );
    // The copy is independent: editing it leaves the source alone.
    const first = clone.nodes.find((n) => n.level === 0) as Node;
    await planner.ok(UPDATE, { input: { id: first.id, version: first.version, fields: fields('Hasil 2022') } });
    expect((await tree()).nodes.find((n) => n.level === 0)?.statement).toBe(
      'Meningkatnya Reformasi Birokrasi dalam Penyelenggaraan Pemerintah',
    );
    const bad = await planner.gql(`mutation { clonePerformanceTree(input: { sourceId: "${treeId}", year: 1800 }) { id } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});

describe('cascade', () => {
  describeApi('performance tree cascade (Probolinggo: tree linked to the 2021 work plan)', () => {
    let api: TestApi;
    let manager: TestClient;
    beforeAll(async () => {
      api = await startTestApi();
      manager = await api.as('pimpinan@probolinggo.demo', 'probolinggo');
    });
    afterAll(() => api?.close());

    it('follows a result down to the work-plan steps and a step back up to the level-0 result', async () => {
      const { performanceTrees } = await manager.ok<{ performanceTrees: { id: string; nodes: Node[] }[] }>(
        `{ performanceTrees { id nodes { id level statement } } }`,
      );
      const t = performanceTrees[0]!;
      const root = t.nodes.find((n) => n.level === 0) as Node;
      const down = (
        await manager.ok(
          `query ($id: ID!) { treeCascade(nodeId: $id) { focusId nodes { id level } actions { action { id name } workPlanId nodeIds steps { id name months } } } }`,
          { id: root.id },
        )
      ).treeCascade;
      expect(down.nodes[0].id).toBe(root.id);
      expect(down.nodes).toHaveLength(t.nodes.length);
      expect(down.actions.length).toBeGreaterThan(50);
      const withSteps = down.actions.find((a: { steps: unknown[] }) => a.steps.length > 0);
      expect(withSteps.workPlanId).toBeTruthy();
      const step = withSteps.steps[0];

      const up = (
        await manager.ok(
          `query ($id: ID!) { stepCascade(stepId: $id) { step { id } action { id } workPlanId paths { tree { id } nodes { id level } } } }`,
          {
            id: step.id,
          },
        )
      ).stepCascade;
      expect(up.step.id).toBe(step.id);
      expect(up.action.id).toBe(withSteps.action.id);
      expect(up.paths.length).toBeGreaterThan(0);
      for (const path of up.paths) {
        expect(path.nodes[0]).toEqual({ id: root.id, level: 0 });
        expect(withSteps.nodeIds).toContain(path.nodes[path.nodes.length - 1].id);
      }
    });

    it('runs an indicator’s cascades through every node that uses it, and reports actions no node reaches', async () => {
      const { performanceTrees } = await manager.ok(
        `{ performanceTrees { id nodes { id indicators { indicator { id } } } checks { kind action { id } } } }`,
      );
      const t = performanceTrees[0];
      const indicatorId = t.nodes.find((n: Node) => n.indicators.length > 0).indicators[0].indicator.id;
      const cascades = (
        await manager.ok(`query ($id: ID!) { indicatorCascade(indicatorId: $id) { focusId nodes { id } } }`, { id: indicatorId })
      ).indicatorCascade;
      expect(cascades.length).toBeGreaterThan(0);
      // The tree covers one area of change, so the plan's other areas' actions are not reached.
      expect(t.checks.filter((c: { kind: string }) => c.kind === 'ACTION_NOT_REACHED').length).toBeGreaterThan(10);
    });

    it('lets a planner attach a work-plan action to a node with a rationale', async () => {
      const planner = await api.as('perencana@probolinggo.demo', 'probolinggo');
      const { performanceTrees } = await planner.ok(`{ performanceTrees { id nodes { id level version } checks { kind action { id } } } }`);
      const t = performanceTrees[0];
      const unreached = t.checks.find((c: { kind: string }) => c.kind === 'ACTION_NOT_REACHED').action.id;
      const node = t.nodes.find((n: Node) => n.level === 1);
      const linked = (
        await planner.ok<{ linkTreeNodeAction: Node }>(LINK_ACT, {
          input: { nodeId: node.id, version: node.version, targetId: unreached, rationale: 'Mendukung area SDM' },
        })
      ).linkTreeNodeAction;
      expect(linked.actions.find((a) => a.action.id === unreached)).toMatchObject({ rationale: 'Mendukung area SDM' });
      const after = (await planner.ok(`{ performanceTrees { checks { kind action { id } } } }`)).performanceTrees[0];
      expect(
        after.checks.some(
          (c: { kind: string; action: { id: string } | null }) => c.kind === 'ACTION_NOT_REACHED' && c.action?.id === unreached,
        ),
      ).toBe(false);
      // Another government's action cannot be linked.
      const lumajang = await api.as('perencana@lumajang.demo', 'lumajang');
      const { performanceTrees: lt } = await lumajang.ok(`{ performanceTrees { nodes { id version } } }`);
      const foreign = await lumajang.gql(LINK_ACT, {
        input: { nodeId: lt[0].nodes[0].id, version: lt[0].nodes[0].version, targetId: unreached },
      });
      expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });
});
