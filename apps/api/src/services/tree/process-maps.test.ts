import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi, type TestClient } from '../../testing/harness.ts';

const MAP = `id title version canEdit actors processes { id kind name responsibleOfficial sortOrder version } crossFunctionSteps { id activity actor outputDocument sortOrder version }`;
type Map = {
  id: string;
  canEdit: boolean;
  actors: string[];
  processes: { id: string; kind: string; name: string; responsibleOfficial: string | null; sortOrder: number; version: number }[];
  crossFunctionSteps: { id: string; activity: string; actor: string; outputDocument: string | null; sortOrder: number; version: number }[];
};

describeApi('process maps (Lumajang BKD)', () => {
  let api: TestApi;
  let planner: TestClient;
  let map: Map;
  const reload = async (c: TestClient = planner) =>
    (await c.ok<{ processMap: Map }>(`query ($id: ID!) { processMap(id: $id) { ${MAP} } }`, { id: map.id })).processMap;

  beforeAll(async () => {
    api = await startTestApi();
    planner = await api.as('perencana@lumajang.demo', 'lumajang');
    map = (await planner.ok<{ processMaps: Map[] }>(`{ processMaps { ${MAP} } }`)).processMaps[0]!;
  });
  afterAll(() => api?.close());

  it('reads the business-process map by kind, the relation map and the cross-function table from the document', () => {
    expect(map.processes.map((p) => p.kind).filter((k, i, a) => a.indexOf(k) === i)).toEqual([
      'INPUT',
      'MANAGERIAL',
      'MAIN',
      'SUPPORTING',
      'OUTPUT',
    ]);
    expect(map.processes.find((p) => p.kind === 'MAIN')).toMatchObject({
      name: 'Meningkatnya Profesionalitas ASN',
      responsibleOfficial: 'Kepala BKD',
    });
    expect(map.crossFunctionSteps).toHaveLength(11);
    expect(map.crossFunctionSteps[10]).toMatchObject({ activity: 'Melakukan pemberhentian aparatur', outputDocument: 'SK pensiun' });
    expect(map.actors).toContain('Kepala BKD');
  });

  it('adds, edits, reorders and deletes rows, versioned and validated', async () => {
    const added = (
      await planner.ok<{ addCrossFunctionStep: Map }>(
        `mutation ($input: AddCrossFunctionStepInput!) { addCrossFunctionStep(input: $input) { ${MAP} } }`,
        { input: { mapId: map.id, index: 0, activity: 'Menyusun rencana uji', actor: 'Sekban', outputDocument: 'Draf rencana' } },
      )
    ).addCrossFunctionStep;
    expect(added.crossFunctionSteps[0]).toMatchObject({ activity: 'Menyusun rencana uji', sortOrder: 0 });
    expect(added.crossFunctionSteps.map((s) => s.sortOrder)).toEqual([...Array(12).keys()]);
    const row = added.crossFunctionSteps[0]!;
    const moved = (
      await planner.ok<{ moveCrossFunctionStep: Map }>(
        `mutation ($input: MoveCrossFunctionStepInput!) { moveCrossFunctionStep(input: $input) { ${MAP} } }`,
        {
          input: { id: row.id, version: row.version, index: 11 },
        },
      )
    ).moveCrossFunctionStep;
    expect(moved.crossFunctionSteps[11]?.id).toBe(row.id);
    const stale = await planner.gql(`mutation ($input: UpdateCrossFunctionStepInput!) { updateCrossFunctionStep(input: $input) { id } }`, {
      input: { id: row.id, version: row.version, activity: 'Basi', actor: 'Sekban' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const empty = await planner.gql(`mutation ($input: UpdateCrossFunctionStepInput!) { updateCrossFunctionStep(input: $input) { id } }`, {
      input: { id: row.id, version: row.version + 1, activity: 'X', actor: '  ' },
    });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actor' });

    const proc = map.processes.find((p) => p.kind === 'MANAGERIAL')!;
    const edited = (
      await planner.ok<{ updateBusinessProcess: Map }>(
        `mutation ($input: UpdateBusinessProcessInput!) { updateBusinessProcess(input: $input) { ${MAP} } }`,
        {
          input: { id: proc.id, version: proc.version, kind: 'MANAGERIAL', name: proc.name, responsibleOfficial: 'Sekretaris BKD' },
        },
      )
    ).updateBusinessProcess;
    expect(edited.processes.find((p) => p.id === proc.id)).toMatchObject({
      responsibleOfficial: 'Sekretaris BKD',
      version: proc.version + 1,
    });

    const deleted = (
      await planner.ok<{ deleteCrossFunctionStep: Map }>(
        `mutation ($id: ID!, $v: Int!) { deleteCrossFunctionStep(id: $id, version: $v) { ${MAP} } }`,
        {
          id: row.id,
          v: row.version + 1,
        },
      )
    ).deleteCrossFunctionStep;
    expect(deleted.crossFunctionSteps.some((s) => s.id === row.id)).toBe(false);
  });

  it('reorders a process among those of its kind, versioned and audited; a stale or bad move changes nothing', async () => {
    const MOVE = `mutation ($input: MoveBusinessProcessInput!) { moveBusinessProcess(input: $input) { ${MAP} } }`;
    const ADD = `mutation ($input: AddBusinessProcessInput!) { addBusinessProcess(input: $input) { ${MAP} } }`;
    await planner.ok(ADD, { input: { mapId: map.id, kind: 'SUPPORTING', name: 'Urut uji A' } });
    const withBoth = (
      await planner.ok<{ addBusinessProcess: Map }>(ADD, { input: { mapId: map.id, kind: 'SUPPORTING', name: 'Urut uji B' } })
    ).addBusinessProcess;
    const supporting = (m: Map) => m.processes.filter((p) => p.kind === 'SUPPORTING');
    const before = supporting(withBoth);
    const b = before.at(-1)!;
    expect(b.name).toBe('Urut uji B');

    const moved = (await planner.ok<{ moveBusinessProcess: Map }>(MOVE, { input: { id: b.id, version: b.version, index: 0 } }))
      .moveBusinessProcess;
    const after = supporting(moved);
    expect(after.map((p) => p.id)).toEqual([b.id, ...before.slice(0, -1).map((p) => p.id)]);
    expect(after.map((p) => p.sortOrder)).toEqual([...after.keys()]);
    expect(after[0]!.version).toBe(b.version + 1);
    // Other kinds keep their order.
    expect(moved.processes.filter((p) => p.kind !== 'SUPPORTING').map((p) => p.id)).toEqual(
      withBoth.processes.filter((p) => p.kind !== 'SUPPORTING').map((p) => p.id),
    );
    const log = await api.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'BusinessProcess', entityId: b.id, action: 'UPDATE' },
      orderBy: { id: 'desc' },
    });
    expect(log.before).toMatchObject({ sortOrder: b.sortOrder, version: b.version });
    expect(log.after).toMatchObject({ sortOrder: 0, version: b.version + 1 });

    // The old version is stale: refused as a conflict, nothing moves.
    const stale = await planner.gql(MOVE, { input: { id: b.id, version: b.version, index: 3 } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const negative = await planner.gql(MOVE, { input: { id: b.id, version: b.version + 1, index: -1 } });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'index' });
    const manager = await api.as('pimpinan@lumajang.demo', 'lumajang');
    const refused = await manager.gql(MOVE, { input: { id: b.id, version: b.version + 1, index: 1 } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(supporting(await reload()).map((p) => p.id)).toEqual(after.map((p) => p.id));

    // Past the end clamps to last.
    const last = (await planner.ok<{ moveBusinessProcess: Map }>(MOVE, { input: { id: b.id, version: b.version + 1, index: 99 } }))
      .moveBusinessProcess;
    expect(supporting(last).at(-1)!.id).toBe(b.id);
  });

  it('lets a manager read but not edit, and hides the map from other governments', async () => {
    const manager = await api.as('pimpinan@lumajang.demo', 'lumajang');
    expect((await reload(manager)).canEdit).toBe(false);
    const refused = await manager.gql(`mutation ($input: AddBusinessProcessInput!) { addBusinessProcess(input: $input) { id } }`, {
      input: { mapId: map.id, kind: 'INPUT', name: 'Data' },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await api.as('perencana@gresik.demo', 'gresik');
    const foreign = await other.gql(`mutation ($input: AddBusinessProcessInput!) { addBusinessProcess(input: $input) { id } }`, {
      input: { mapId: map.id, kind: 'INPUT', name: 'Data' },
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await reload()).processes.filter((p) => p.name === 'Data')).toEqual([]);
  });
});
