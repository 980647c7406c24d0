import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi, type TestClient } from '../../testing/harness.ts';
import { JOURNEY } from './testing.ts';

const AGENCY = `id name shortName code kind parentId archivedAt version`;
const CREATE = `mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { ${AGENCY} } }`;
const UPDATE = `mutation ($input: UpdateAgencyInput!) { updateAgency(input: $input) { ${AGENCY} } }`;
const MOVE = `mutation ($id: ID!, $version: Int!, $parentId: ID) { moveAgency(id: $id, version: $version, parentId: $parentId) { ${AGENCY} } }`;
const ARCHIVE = `mutation ($id: ID!, $version: Int!) { archiveAgency(id: $id, version: $version) { ${AGENCY} } }`;
const RESTORE = `mutation ($id: ID!, $version: Int!) { restoreAgency(id: $id, version: $version) { ${AGENCY} } }`;
const LIST = `query ($all: Boolean) { agencies(includeArchived: $all) { ${AGENCY} } }`;

type Agency = { id: string; name: string; parentId: string | null; archivedAt: string | null; version: number; kind: string };

describeApi('organization: agencies as a tree', () => {
  let api: TestApi;
  let admin: TestClient;
  let code: string;
  beforeAll(async () => {
    api = await startTestApi();
    ({ admin, code } = await api.newGovernment('Pemerintah Kota Pohon'));
  });
  afterAll(() => api?.close());

  const list = async (all = false) => (await admin.ok<{ agencies: Agency[] }>(LIST, { all })).agencies;
  const create = async (input: Record<string, unknown>) => (await admin.ok<{ createAgency: Agency }>(CREATE, { input })).createAgency;

  it('creates a top-level OPD and a sub-unit under it, parents listed before children, audited', async () => {
    const opd = await create({ name: 'Badan Kepegawaian Daerah', shortName: 'BKD', code: '4.01', kind: 'BOARD' });
    const unit = await create({ name: 'Bidang Mutasi', kind: 'UNIT', parentId: opd.id });
    expect(opd).toMatchObject({ parentId: null, kind: 'BOARD', code: '4.01', archivedAt: null, version: 1 });
    expect(unit.parentId).toBe(opd.id);
    const ids = (await list()).map((a) => a.id);
    expect(ids.indexOf(opd.id)).toBeLessThan(ids.indexOf(unit.id));
    const log = (await admin.ok(`query ($id: ID!) { auditLog(entity: "Agency", entityId: $id) { action } }`, { id: unit.id })).auditLog;
    expect(log.map((e: { action: string }) => e.action)).toEqual(['CREATE']);
  });

  it('refuses invalid input naming the field, and writes nothing', async () => {
    const before = (await list(true)).length;
    for (const [input, field, key] of [
      [{ name: ' ', kind: 'OFFICE' }, 'name', 'validation.required'],
      [{ name: 'Dinas X', kind: 'OFFICE', parentId: '00000000-0000-4000-8000-000000000000' }, 'parentId', 'error.unknownAgency'],
      [{ name: 'x'.repeat(301), kind: 'OFFICE' }, 'name', 'validation.tooLong'],
    ] as const) {
      const r = await admin.gql(CREATE, { input });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, messageKey: key });
    }
    const dup = await create({ name: 'Dinas Kode', kind: 'OFFICE', code: 'K-1' });
    const r = await admin.gql(CREATE, { input: { name: 'Dinas Kode Lain', kind: 'OFFICE', code: 'k-1' } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', messageKey: 'agency.duplicateCode' });
    expect((await list(true)).length).toBe(before + 1);
    expect((await list(true)).some((a) => a.id === dup.id)).toBe(true);
  });

  it('edits kind and code with the version read; a stale version is a CONFLICT and changes nothing', async () => {
    const a = await create({ name: 'Dinas Kominfo', kind: 'OTHER' });
    const r = await admin.ok(UPDATE, {
      input: { id: a.id, version: 1, name: 'Dinas Komunikasi dan Informatika', shortName: 'Diskominfo', kind: 'OFFICE', code: '2.16' },
    });
    expect(r.updateAgency).toMatchObject({ kind: 'OFFICE', code: '2.16', shortName: 'Diskominfo', version: 2 });
    const stale = await admin.gql(UPDATE, { input: { id: a.id, version: 1, name: 'Basi' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'error.conflict' });
    expect((await list()).find((x) => x.id === a.id)?.name).toBe('Dinas Komunikasi dan Informatika');
  });

  it('moves an agency under another parent or to the top, never under itself or its sub-unit', async () => {
    const a = await create({ name: 'Sekretariat Daerah', kind: 'SECRETARIAT' });
    const b = await create({ name: 'Bagian Organisasi', kind: 'SECTION', parentId: a.id });
    const c = await create({ name: 'Subbagian Kelembagaan', kind: 'UNIT', parentId: b.id });
    for (const parentId of [a.id, c.id]) {
      const r = await admin.gql(MOVE, { id: a.id, version: 1, parentId });
      expect(r.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'parentId',
        messageKey: 'agency.moveIntoOwnSubtree',
      });
    }
    const moved = (await admin.ok(MOVE, { id: c.id, version: 1, parentId: a.id })).moveAgency;
    expect(moved).toMatchObject({ parentId: a.id, version: 2 });
    const top = (await admin.ok(MOVE, { id: c.id, version: 2, parentId: null })).moveAgency;
    expect(top.parentId).toBeNull();
    const stale = await admin.gql(MOVE, { id: c.id, version: 2, parentId: b.id });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('archives an agency with its sub-units: gone from the default list, kept with includeArchived; restore brings them back', async () => {
    const a = await create({ name: 'Dinas Lama', kind: 'OFFICE' });
    const b = await create({ name: 'Bidang Lama', kind: 'UNIT', parentId: a.id });
    const archived = (await admin.ok(ARCHIVE, { id: a.id, version: 1 })).archiveAgency;
    expect(archived.archivedAt).not.toBeNull();
    expect((await list()).some((x) => x.id === a.id || x.id === b.id)).toBe(false);
    const all = await list(true);
    expect(all.find((x) => x.id === b.id)?.archivedAt).toBe(archived.archivedAt);
    // A sub-unit cannot go under an archived parent, nor be restored alone while its parent is archived.
    const other = await create({ name: 'Dinas Baru', kind: 'OFFICE' });
    const r = await admin.gql(MOVE, { id: other.id, version: 1, parentId: a.id });
    expect(r.errors?.[0]?.extensions).toMatchObject({ field: 'parentId', messageKey: 'agency.parentArchived' });
    const child = all.find((x) => x.id === b.id)!;
    const alone = await admin.gql(RESTORE, { id: b.id, version: child.version });
    expect(alone.errors?.[0]?.extensions).toMatchObject({ messageKey: 'agency.parentArchived' });
    const again = await admin.gql(ARCHIVE, { id: a.id, version: archived.version });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'agency.alreadyArchived' });
    const restored = (await admin.ok(RESTORE, { id: a.id, version: archived.version })).restoreAgency;
    expect(restored.archivedAt).toBeNull();
    expect((await list()).filter((x) => x.id === a.id || x.id === b.id)).toHaveLength(2);
  });

  describe('access', () => {
    it('is refused for a planner and a manager of the government, and for the administrator of another one', async () => {
      const opd = await create({ name: 'Inspektorat', kind: 'INSPECTORATE' });
      const planner = await JOURNEY.user(api, admin, code, { email: `perencana-${Date.now()}@uji.go.id`, roles: ['PLANNER'] });
      const manager = await JOURNEY.user(api, admin, code, { email: `pimpinan-${Date.now()}@uji.go.id`, roles: ['MANAGER'] });
      const { admin: stranger } = await api.newGovernment('Pemerintah Kota Lain');
      for (const [client, code_] of [
        [planner, 'FORBIDDEN'],
        [manager, 'FORBIDDEN'],
      ] as const) {
        for (const [q, v] of [
          [CREATE, { input: { name: 'Dinas Tidak Boleh', kind: 'OFFICE' } }],
          [UPDATE, { input: { id: opd.id, version: 1, name: 'Diubah' } }],
          [MOVE, { id: opd.id, version: 1, parentId: null }],
          [ARCHIVE, { id: opd.id, version: 1 }],
          [RESTORE, { id: opd.id, version: 1 }],
        ] as const) {
          expect((await client.gql(q, v)).errors?.[0]?.extensions?.code).toBe(code_);
        }
      }
      for (const [q, v] of [
        [UPDATE, { input: { id: opd.id, version: 1, name: 'Diubah' } }],
        [MOVE, { id: opd.id, version: 1, parentId: null }],
        [ARCHIVE, { id: opd.id, version: 1 }],
        [RESTORE, { id: opd.id, version: 1 }],
        [CREATE, { input: { name: 'Sub', kind: 'UNIT', parentId: opd.id } }],
      ] as const) {
        const r = await stranger.gql(q, v);
        expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(r.errors?.[0]?.extensions?.code);
        expect(JSON.stringify(r)).not.toContain('Inspektorat');
      }
      expect((await stranger.ok<{ agencies: Agency[] }>(LIST, { all: true })).agencies).toEqual([]);
      expect((await list()).find((x) => x.id === opd.id)).toMatchObject({ name: 'Inspektorat', version: 1, archivedAt: null });
    });
  });
});
