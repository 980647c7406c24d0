import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, NEW_GOVERNMENT_PASSWORD, startTestApi, type TestApi, type TestClient } from '../../testing/harness.ts';
import { JOURNEY, USER_PASSWORD } from './testing.ts';

const MANAGED = `id email name roles agencyId agency { id name } status lastSignInAt version`;
const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { ${MANAGED} } initialPassword activationToken existingAccount } }`;
const UPDATE = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { ${MANAGED} } }`;
const DEACTIVATE = `mutation ($id: ID!, $version: Int!) { deactivateUser(id: $id, version: $version) { ${MANAGED} } }`;
const REACTIVATE = `mutation ($id: ID!, $version: Int!) { reactivateUser(id: $id, version: $version) { ${MANAGED} } }`;
const RESET = `mutation ($id: ID!, $version: Int!, $c: UserCredential!) { resetUserPassword(id: $id, version: $version, credential: $c) { user { ${MANAGED} } initialPassword activationToken existingAccount } }`;
const USERS = `query ($q: String) { users(search: $q) { ${MANAGED} } }`;
const VIEWER = `{ viewer { user { email } government { code } roles mustChangePassword } }`;

type Managed = {
  id: string;
  email: string;
  name: string;
  roles: string[];
  agencyId: string | null;
  status: string;
  lastSignInAt: string | null;
  version: number;
};

describeApi('organization: users', () => {
  let api: TestApi;
  let admin: TestClient;
  let code: string;
  let adminEmail: string;
  let n = 0;
  const email = (what: string) => `${what}-${++n}-${Date.now()}@uji.go.id`;
  beforeAll(async () => {
    api = await startTestApi();
    ({ admin, code, adminEmail } = await api.newGovernment('Pemerintah Kota Pengguna'));
  });
  afterAll(() => api?.close());

  const users = async (q?: string) => (await admin.ok<{ users: Managed[] }>(USERS, { q })).users;
  const userByEmail = async (e: string) => (await users()).find((u) => u.email === e)!;
  const agency = async (name: string) =>
    (await admin.ok(`mutation ($i: CreateAgencyInput!) { createAgency(input: $i) { id } }`, { i: { name, kind: 'OFFICE' } })).createAgency
      .id as string;

  it('creates a user with an initial password shown once; the user must change it at first sign-in', async () => {
    const e = email('perencana');
    const r = (
      await admin.ok(CREATE, {
        input: { email: e.toUpperCase(), name: 'Perencana Satu', roles: ['PLANNER'], credential: 'INITIAL_PASSWORD' },
      })
    ).createUser;
    expect(r).toMatchObject({
      existingAccount: false,
      activationToken: null,
      user: { email: e, roles: ['PLANNER'], status: 'MUST_CHANGE_PASSWORD', lastSignInAt: null },
    });
    expect(r.initialPassword).toMatch(/^.{19}$/);
    // Never in the list or the audit log.
    expect(JSON.stringify(await users())).not.toContain(r.initialPassword);
    const log = await admin.ok(`query ($id: ID!) { auditLog(entity: "User", entityId: $id) { action after } }`, { id: r.user.id });
    expect(log.auditLog[0].action).toBe('CREATE');
    expect(log.auditLog[0].after).not.toMatch(/passwordHash|initialPassword/);
    const planner = await api.client(code).signIn(e, r.initialPassword);
    expect((await planner.ok(VIEWER)).viewer).toMatchObject({ mustChangePassword: true, roles: ['PLANNER'] });
    const gated = await planner.gql(`{ workPlans { id } }`);
    expect(gated.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', messageKey: 'account.passwordChangeRequired' });
    expect((await userByEmail(e)).lastSignInAt).not.toBeNull();
  });

  it('creates an agency-scoped user with a one-time activation link', async () => {
    const agencyId = await agency('Dinas Pendidikan');
    const r = (
      await admin.ok(CREATE, {
        input: { email: email('pimpinan'), name: 'Kepala Dinas', roles: ['MANAGER'], agencyId, credential: 'ACTIVATION_LINK' },
      })
    ).createUser;
    expect(r).toMatchObject({
      initialPassword: null,
      user: { status: 'PENDING_ACTIVATION', agencyId, agency: { name: 'Dinas Pendidikan' } },
    });
    expect(r.activationToken).toMatch(/^[\w-]{40,}$/);
    // The token is stored only as its SHA-256.
    const row = await api.db.prisma.user.findUniqueOrThrow({ where: { id: r.user.id } });
    expect(row.activationTokenHash).not.toBe(r.activationToken);
    expect(row.activationTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.activationExpiresAt!.getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
  });

  it('an email that has an account in another government gets roles here: one account, no password, nothing else revealed', async () => {
    const { admin: other, code: otherCode } = await api.newGovernment('Pemerintah Kabupaten Tetangga');
    const e = email('bersama');
    const mine = await JOURNEY.user(api, other, otherCode, { email: e, name: 'Nama Asli', roles: ['PLANNER'] });
    const r = (await admin.ok(CREATE, { input: { email: e, name: 'Nama Lain', roles: ['VIEWER'], credential: 'INITIAL_PASSWORD' } }))
      .createUser;
    expect(r).toMatchObject({ existingAccount: true, initialPassword: null, activationToken: null, user: { roles: ['VIEWER'] } });
    // Their own password still works, and they now see both governments.
    const again = await api.client(code).signIn(e, USER_PASSWORD);
    expect((await again.ok(`{ viewer { memberships { government { code } } } }`)).viewer.memberships).toHaveLength(2);
    void mine;
    // Twice here is refused, naming the field.
    const dup = await admin.gql(CREATE, { input: { email: e, name: 'X', roles: ['VIEWER'], credential: 'INITIAL_PASSWORD' } });
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email', messageKey: 'user.alreadyMember' });
    // Reset is refused for a shared account: the other government's admin cannot take it over either.
    const u = await userByEmail(e);
    const reset = await admin.gql(RESET, { id: u.id, version: u.version, c: 'INITIAL_PASSWORD' });
    expect(reset.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', messageKey: 'user.resetShared' });
    expect(reset.data).toBeNull();
    await api.client(code).signIn(e, USER_PASSWORD);
  });

  it('refuses invalid input naming the field, and creates nothing', async () => {
    const before = (await users()).length;
    for (const [input, field, key] of [
      [{ email: 'bukan-email', name: 'A', roles: ['PLANNER'] }, 'email', 'validation.email'],
      [{ email: email('x'), name: '  ', roles: ['PLANNER'] }, 'name', 'validation.required'],
      [{ email: email('x'), name: 'A', roles: [] }, 'roles', 'user.rolesRequired'],
      [
        { email: email('x'), name: 'A', roles: ['PLANNER'], agencyId: '00000000-0000-4000-8000-000000000000' },
        'agencyId',
        'error.unknownAgency',
      ],
      [
        { email: email('x'), name: 'A', roles: ['ADMIN', 'PLANNER'], agencyId: '00000000-0000-4000-8000-000000000000' },
        'agencyId',
        'user.adminWholeGovernment',
      ],
    ] as const) {
      const r = await admin.gql(CREATE, { input: { credential: 'INITIAL_PASSWORD', ...input } });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, messageKey: key });
    }
    expect((await users()).length).toBe(before);
  });

  it('never makes an administrator limited to an agency, and an old row of one grants nothing', async () => {
    const agencyId = await agency('Dinas Sosial');
    const e = email('opd');
    const r = (
      await admin.ok(CREATE, { input: { email: e, name: 'Admin OPD', roles: ['PLANNER'], agencyId, credential: 'INITIAL_PASSWORD' } })
    ).createUser;
    const toAdmin = await admin.gql(UPDATE, { input: { id: r.user.id, version: r.user.version, roles: ['ADMIN'], agencyId } });
    expect(toAdmin.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'agencyId',
      messageKey: 'user.adminWholeGovernment',
    });
    expect((await userByEmail(e)).roles).toEqual(['PLANNER']);
    // A row written before this was refused: the scoped ADMIN membership is not a membership at all.
    await api.db.prisma.membership.updateMany({ where: { userId: r.user.id }, data: { role: 'ADMIN' } });
    const legacy = await api.client(code).signIn(e, r.initialPassword);
    expect((await legacy.ok(VIEWER)).viewer).toMatchObject({ government: null, roles: [] });
    expect((await legacy.gql(USERS)).errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED|NOT_FOUND/);
    // Back to a planner, so the next tests start from a government with one administrator.
    await api.db.prisma.membership.updateMany({ where: { userId: r.user.id }, data: { role: 'PLANNER' } });
  });

  it('edits roles and scope with the version read; a stale version is a CONFLICT', async () => {
    const agencyId = await agency('Dinas Kesehatan');
    const u = (await admin.ok(CREATE, { input: { email: email('staf'), name: 'Staf', roles: ['VIEWER'], credential: 'ACTIVATION_LINK' } }))
      .createUser.user;
    const r = (await admin.ok(UPDATE, { input: { id: u.id, version: u.version, roles: ['MANAGER', 'PLANNER'], agencyId } })).updateUser;
    expect(r).toMatchObject({ roles: ['PLANNER', 'MANAGER'], agencyId, version: u.version + 1 });
    const stale = await admin.gql(UPDATE, { input: { id: u.id, version: u.version, roles: ['ADMIN'] } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'error.conflict' });
    expect((stale.errors?.[0]?.extensions?.current as Managed | undefined)?.roles).toEqual(['PLANNER', 'MANAGER']);
    expect(JSON.stringify(stale)).not.toMatch(/passwordHash|activationTokenHash/);
    expect((await userByEmail(u.email)).roles).toEqual(['PLANNER', 'MANAGER']);
  });

  it('protects the last active administrator (also from themselves)', async () => {
    const me = await userByEmail(adminEmail);
    const r1 = await admin.gql(UPDATE, { input: { id: me.id, version: me.version, roles: ['PLANNER'] } });
    expect(r1.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roles', messageKey: 'user.lastAdmin' });
    const r2 = await admin.gql(DEACTIVATE, { id: me.id, version: me.version });
    expect(r2.errors?.[0]?.extensions).toMatchObject({ messageKey: 'user.lastAdmin' });
    expect(await userByEmail(adminEmail)).toMatchObject({ roles: ['ADMIN'], status: 'ACTIVE', version: me.version });
    // With a second administrator, the first may step down.
    const second = await JOURNEY.user(api, admin, code, { email: email('admin2'), roles: ['ADMIN'] });
    const { viewer } = await second.ok(VIEWER);
    expect(viewer.roles).toEqual(['ADMIN']);
    const ok = (await admin.ok(UPDATE, { input: { id: me.id, version: me.version, roles: ['ADMIN', 'PLANNER'] } })).updateUser;
    expect(ok.roles).toEqual(['ADMIN', 'PLANNER']);
  });

  it('deactivation ends access at once: the old cookie is refused, the sessions end; reactivation restores access', async () => {
    const e = email('dinonaktifkan');
    const user = await JOURNEY.user(api, admin, code, { email: e, roles: ['PLANNER'] });
    expect((await user.ok(`{ workPlans { id } }`)).workPlans).toEqual([]);
    const u = await userByEmail(e);
    const r = (await admin.ok(DEACTIVATE, { id: u.id, version: u.version })).deactivateUser;
    expect(r.status).toBe('DEACTIVATED');
    // The same cookie: no longer signed in (no government left → sessions deleted).
    expect((await user.ok(VIEWER)).viewer).toBeNull();
    expect((await user.gql(`{ workPlans { id } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await api.db.prisma.session.count({ where: { userId: u.id } })).toBe(0);
    // Signing in again gives no government.
    const back = await api.client(code).signIn(e, USER_PASSWORD);
    expect((await back.ok(VIEWER)).viewer.government).toBeNull();
    expect((await back.gql(`{ workPlans { id } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stale = await admin.gql(REACTIVATE, { id: u.id, version: u.version });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const re = (await admin.ok(REACTIVATE, { id: u.id, version: r.version })).reactivateUser;
    expect(re.status).toBe('ACTIVE');
    expect((await back.ok(VIEWER)).viewer.government.code).toBe(code);
  });

  it('deactivation in one government leaves the account its other governments (its session too), but refuses this one at once', async () => {
    const { admin: other, code: otherCode } = await api.newGovernment('Pemerintah Kota Ketiga');
    const e = email('dua-pemerintah');
    const user = await JOURNEY.user(api, other, otherCode, { email: e, roles: ['PLANNER'] });
    await admin.ok(CREATE, { input: { email: e, name: 'X', roles: ['PLANNER'], credential: 'INITIAL_PASSWORD' } });
    user.government = code;
    expect((await user.ok(VIEWER)).viewer.government.code).toBe(code);
    const u = await userByEmail(e);
    await admin.ok(DEACTIVATE, { id: u.id, version: u.version });
    const r = await user.gql(`{ workPlans { id } }`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', messageKey: 'error.noGovernment' });
    user.government = otherCode;
    expect((await user.ok(VIEWER)).viewer.government.code).toBe(otherCode);
  });

  it('resets the password of an account of this government only: sessions end, the new initial password must be changed', async () => {
    const e = email('lupa');
    const user = await JOURNEY.user(api, admin, code, { email: e, roles: ['ASSESSOR'] });
    const u = await userByEmail(e);
    const r = (await admin.ok(RESET, { id: u.id, version: u.version, c: 'INITIAL_PASSWORD' })).resetUserPassword;
    expect(r.user.status).toBe('MUST_CHANGE_PASSWORD');
    expect((await user.ok(VIEWER)).viewer).toBeNull();
    const old = await api.client(code).gql(`mutation { signIn(email: "${e}", password: "${USER_PASSWORD}") { viewer { user { id } } } }`);
    expect(old.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const fresh = await api.client(code).signIn(e, r.initialPassword);
    expect((await fresh.ok(VIEWER)).viewer.mustChangePassword).toBe(true);
    const link = (await admin.ok(RESET, { id: u.id, version: r.user.version, c: 'ACTIVATION_LINK' })).resetUserPassword;
    expect(link).toMatchObject({ initialPassword: null, user: { status: 'PENDING_ACTIVATION' } });
    const stale = await admin.gql(RESET, { id: u.id, version: r.user.version, c: 'INITIAL_PASSWORD' });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const me = await userByEmail(adminEmail);
    const self = await admin.gql(RESET, { id: me.id, version: me.version, c: 'INITIAL_PASSWORD' });
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', messageKey: 'user.resetSelf' });
  });

  it('search matches name or email', async () => {
    await admin.ok(CREATE, { input: { email: email('cari'), name: 'Siti Rahmawati', roles: ['VIEWER'], credential: 'ACTIVATION_LINK' } });
    expect((await users('rahma')).map((u) => u.name)).toEqual(['Siti Rahmawati']);
    expect((await users('CARI-')).map((u) => u.name)).toEqual(['Siti Rahmawati']);
  });

  it('is refused for a planner and a manager, and for the administrator of another government (no data, nothing written)', async () => {
    const target = (
      await admin.ok(CREATE, { input: { email: email('sasaran'), name: 'Sasaran', roles: ['VIEWER'], credential: 'ACTIVATION_LINK' } })
    ).createUser.user;
    const planner = await JOURNEY.user(api, admin, code, { email: email('p'), roles: ['PLANNER'] });
    const manager = await JOURNEY.user(api, admin, code, { email: email('m'), roles: ['MANAGER'] });
    const { admin: stranger } = await api.newGovernment('Pemerintah Asing');
    const calls = [
      [USERS, {}],
      [CREATE, { input: { email: email('y'), name: 'Y', roles: ['ADMIN'], credential: 'INITIAL_PASSWORD' } }],
      [UPDATE, { input: { id: target.id, version: target.version, roles: ['ADMIN'] } }],
      [DEACTIVATE, { id: target.id, version: target.version }],
      [REACTIVATE, { id: target.id, version: target.version }],
      [RESET, { id: target.id, version: target.version, c: 'INITIAL_PASSWORD' }],
    ] as const;
    for (const client of [planner, manager]) {
      for (const [q, v] of calls) expect((await client.gql(q, v)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    for (const [q, v] of calls.slice(2)) {
      const r = await stranger.gql(q, v);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', messageKey: 'error.notFound' });
      expect(JSON.stringify(r)).not.toContain(target.email);
    }
    expect(JSON.stringify((await stranger.ok(USERS)).users)).not.toContain(target.email);
    expect(await userByEmail(target.email)).toMatchObject({ roles: ['VIEWER'], version: target.version, status: 'PENDING_ACTIVATION' });
    void NEW_GOVERNMENT_PASSWORD;
  });
});
