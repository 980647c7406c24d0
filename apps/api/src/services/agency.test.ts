import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi } from '../testing/harness.ts';

const UPDATE = `mutation ($input: UpdateAgencyInput!) { updateAgency(input: $input) { id name shortName version } }`;

describeApi('versioned edits (agency)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  async function firstAgency(government: string) {
    const admin = await api.as(`admin@${government}.demo`, government);
    const { agencies } = await admin.ok<{ agencies: { id: string; name: string; version: number }[] }>(`{ agencies { id name version } }`);
    return { admin, agency: agencies[0]! };
  }

  it('saves with the version read, bumps the version and records the audit entry', async () => {
    const { admin, agency } = await firstAgency('probolinggo');
    const name = `${agency.name} (diubah ${Date.now()})`;
    const r = await admin.ok(UPDATE, { input: { id: agency.id, version: agency.version, name, shortName: 'Singkat' } });
    expect(r.updateAgency).toMatchObject({ name, shortName: 'Singkat', version: agency.version + 1 });
    const log = (
      await admin.ok(`query ($id: ID!) { auditLog(entity: "Agency", entityId: $id) { action before after userName } }`, { id: agency.id })
    ).auditLog;
    expect(log[0].action).toBe('UPDATE');
    expect(JSON.parse(log[0].before).name).toBe(agency.name);
    expect(JSON.parse(log[0].after).name).toBe(name);
    expect(log[0].userName).toBe('Administrator Probolinggo');
  });

  it('refuses a stale version with CONFLICT carrying the current value, and changes nothing', async () => {
    const { admin, agency } = await firstAgency('depok');
    await admin.ok(UPDATE, { input: { id: agency.id, version: agency.version, name: 'Edit pertama' } });
    const stale = await admin.gql(UPDATE, { input: { id: agency.id, version: agency.version, name: 'Edit kedua (basi)' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'error.conflict', params: { what: 'Agency' } });
    expect(stale.errors?.[0]?.extensions?.current).toMatchObject({ name: 'Edit pertama' });
    const now = (
      await admin.ok<{ agencies: { id: string; name: string; version: number }[] }>(`{ agencies { id name version } }`)
    ).agencies.find((a) => a.id === agency.id);
    expect(now).toMatchObject({ name: 'Edit pertama', version: agency.version + 1 });
  });

  it('refuses an empty name with BAD_USER_INPUT naming the field, and changes nothing', async () => {
    const { admin, agency } = await firstAgency('gresik');
    const r = await admin.gql(UPDATE, { input: { id: agency.id, version: agency.version, name: '   ' } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name', messageKey: 'validation.required' });
    const now = (
      await admin.ok<{ agencies: { id: string; name: string; version: number }[] }>(`{ agencies { id name version } }`)
    ).agencies.find((a) => a.id === agency.id);
    expect(now).toEqual(agency);
  });

  it("cannot edit another government's agency (NOT_FOUND, nothing changed)", async () => {
    const { agency } = await firstAgency('lumajang');
    const other = await api.as('admin@gresik.demo', 'gresik');
    const r = await other.gql(UPDATE, { input: { id: agency.id, version: agency.version, name: 'Dibajak' } });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { agency: after } = await firstAgency('lumajang');
    expect(after.name).toBe(agency.name);
  });

  it('a government made with admin:create starts empty, and its administrator cannot edit a demo agency', async () => {
    const { admin } = await api.newGovernment();
    const mine = await admin.ok<{ agencies: unknown[]; areas: unknown[] }>(`{ agencies { id } areas { id } }`);
    expect(mine.agencies).toEqual([]);
    expect(mine.areas).toHaveLength(8);
    const { agency } = await firstAgency('probolinggo');
    const r = await admin.gql(UPDATE, { input: { id: agency.id, version: agency.version, name: 'Dari pemerintah lain' } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', messageKey: 'error.notFound' });
  });
});
