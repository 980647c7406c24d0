import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi, type TestClient } from '../../testing/harness.ts';
import { JOURNEY } from './testing.ts';

const MEMBER = `id teamId position teamRole personName userId user { id name } sortOrder version`;
const TEAM = `id kind name areaId area { id name } sortOrder version members { ${MEMBER} }`;
const TEAMS = `{ teams { ${TEAM} } }`;
const CREATE = `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { ${TEAM} } }`;
const UPDATE = `mutation ($input: UpdateTeamInput!) { updateTeam(input: $input) { ${TEAM} } }`;
const REMOVE = `mutation ($id: ID!, $version: Int!) { removeTeam(id: $id, version: $version) { id } }`;
const ADD = `mutation ($input: AddTeamMemberInput!) { addTeamMember(input: $input) { ${MEMBER} } }`;
const EDIT = `mutation ($input: UpdateTeamMemberInput!) { updateTeamMember(input: $input) { ${MEMBER} } }`;
const DROP = `mutation ($id: ID!, $version: Int!) { removeTeamMember(id: $id, version: $version) { id } }`;
const MOVE = `mutation ($id: ID!, $version: Int!, $offset: Int!) { moveTeamMember(id: $id, version: $version, offset: $offset) { ${TEAM} } }`;

type Member = {
  id: string;
  position: string;
  teamRole: string;
  personName: string | null;
  userId: string | null;
  version: number;
  user: { name: string } | null;
};
type Team = {
  id: string;
  kind: string;
  name: string;
  areaId: string | null;
  version: number;
  members: Member[];
  area: { name: string } | null;
};

describeApi('organization: the RB team', () => {
  let api: TestApi;
  let admin: TestClient;
  let code: string;
  let areaId: string;
  beforeAll(async () => {
    api = await startTestApi();
    ({ admin, code } = await api.newGovernment('Pemerintah Kota Tim'));
    areaId = (await admin.ok(`{ areas { id name } }`)).areas[0].id;
  });
  afterAll(() => api?.close());

  const teams = async () => (await admin.ok<{ teams: Team[] }>(TEAMS)).teams;

  it('creates Tim Pengarah, Tim Pelaksana and a Pokja per area, listed in that order', async () => {
    const pokja = (await admin.ok(CREATE, { input: { kind: 'WORKING_GROUP', name: 'Pokja Manajemen Perubahan', areaId } })).createTeam;
    await admin.ok(CREATE, { input: { kind: 'EXECUTING', name: 'Tim Pelaksana RB' } });
    await admin.ok(CREATE, { input: { kind: 'STEERING', name: 'Tim Pengarah RB' } });
    expect(pokja.area.name).toBeTruthy();
    expect((await teams()).map((t) => t.kind)).toEqual(['STEERING', 'EXECUTING', 'WORKING_GROUP']);
  });

  it('refuses a Pokja without an area, an unknown area, an empty name (field named, nothing written)', async () => {
    const before = (await teams()).length;
    for (const [input, field, key] of [
      [{ kind: 'WORKING_GROUP', name: 'Pokja' }, 'areaId', 'team.areaRequired'],
      [{ kind: 'OTHER', name: 'Tim', areaId: '00000000-0000-4000-8000-000000000000' }, 'areaId', 'team.unknownArea'],
      [{ kind: 'OTHER', name: ' ' }, 'name', 'validation.required'],
    ] as const) {
      const r = await admin.gql(CREATE, { input });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, messageKey: key });
    }
    expect((await teams()).length).toBe(before);
  });

  it('adds members with jabatan, kedudukan and an optional product user; edits, reorders and removes them with versions', async () => {
    const team = (await admin.ok(CREATE, { input: { kind: 'STEERING', name: 'Tim Pengarah Baru' } })).createTeam as Team;
    const user = await JOURNEY.user(api, admin, code, { email: `sekda-${Date.now()}@uji.go.id`, name: 'Drs. Sekda', roles: ['VIEWER'] });
    const ketua = (await admin.ok(ADD, { input: { teamId: team.id, position: 'Wali Kota', teamRole: 'Ketua', personName: 'Budi' } }))
      .addTeamMember;
    const wakil = (
      await admin.ok(ADD, { input: { teamId: team.id, position: 'Sekretaris Daerah', teamRole: 'Wakil Ketua', userId: user.userId } })
    ).addTeamMember;
    expect(wakil.user.name).toBe('Drs. Sekda');
    const moved = (await admin.ok(MOVE, { id: wakil.id, version: wakil.version, offset: -1 })).moveTeamMember as Team;
    expect(moved.members.map((m) => m.teamRole)).toEqual(['Wakil Ketua', 'Ketua']);
    const edited = (
      await admin.ok(EDIT, {
        input: { id: ketua.id, version: moved.members[1]!.version, position: 'Wali Kota', teamRole: 'Penanggung Jawab', personName: '' },
      })
    ).updateTeamMember;
    expect(edited).toMatchObject({ teamRole: 'Penanggung Jawab', personName: null });
    const stale = await admin.gql(EDIT, { input: { id: ketua.id, version: ketua.version, position: 'X', teamRole: 'Y' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'error.conflict', params: { what: 'TeamMember' } });
    const unknownUser = await admin.gql(ADD, {
      input: { teamId: team.id, position: 'X', teamRole: 'Anggota', userId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknownUser.errors?.[0]?.extensions).toMatchObject({ field: 'userId', messageKey: 'team.unknownUser' });
    await admin.ok(DROP, { id: ketua.id, version: edited.version });
    const renamed = (
      await admin.ok(UPDATE, { input: { id: team.id, version: team.version, kind: 'STEERING', name: 'Tim Pengarah RB 2026' } })
    ).updateTeam;
    expect(renamed).toMatchObject({ name: 'Tim Pengarah RB 2026', version: team.version + 1 });
    expect(renamed.members.map((m: Member) => m.teamRole)).toEqual(['Wakil Ketua']);
    expect(
      (await admin.gql(UPDATE, { input: { id: team.id, version: team.version, kind: 'STEERING', name: 'Basi' } })).errors?.[0]?.extensions
        ?.code,
    ).toBe('CONFLICT');
    await admin.ok(REMOVE, { id: team.id, version: renamed.version });
    expect((await teams()).some((t) => t.id === team.id)).toBe(false);
  });

  it('is refused for a planner and a manager, and for the administrator of another government (nothing revealed or written)', async () => {
    const team = (await admin.ok(CREATE, { input: { kind: 'OTHER', name: 'Tim Rahasia' } })).createTeam as Team;
    const member = (await admin.ok(ADD, { input: { teamId: team.id, position: 'Kepala Bagian', teamRole: 'Anggota' } }))
      .addTeamMember as Member;
    const planner = await JOURNEY.user(api, admin, code, { email: `p-${Date.now()}@uji.go.id`, roles: ['PLANNER'] });
    const manager = await JOURNEY.user(api, admin, code, { email: `m-${Date.now()}@uji.go.id`, roles: ['MANAGER'] });
    const { admin: stranger } = await api.newGovernment('Pemerintah Lain Tim');
    const calls = [
      [CREATE, { input: { kind: 'OTHER', name: 'X' } }],
      [UPDATE, { input: { id: team.id, version: team.version, kind: 'OTHER', name: 'Diubah' } }],
      [REMOVE, { id: team.id, version: team.version }],
      [ADD, { input: { teamId: team.id, position: 'X', teamRole: 'Anggota' } }],
      [EDIT, { input: { id: member.id, version: member.version, position: 'Diubah', teamRole: 'Anggota' } }],
      [DROP, { id: member.id, version: member.version }],
      [MOVE, { id: member.id, version: member.version, offset: 1 }],
    ] as const;
    for (const client of [planner, manager])
      for (const [q, v] of calls) expect((await client.gql(q, v)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Reading the team is open to members of the government.
    expect((await planner.ok(TEAMS)).teams.some((t: Team) => t.name === 'Tim Rahasia')).toBe(true);
    for (const [q, v] of calls.slice(1)) {
      const r = await stranger.gql(q, v);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(JSON.stringify(r)).not.toContain('Tim Rahasia');
    }
    expect((await stranger.ok(TEAMS)).teams).toEqual([]);
    const now = (await teams()).find((t) => t.id === team.id)!;
    expect(now).toMatchObject({
      name: 'Tim Rahasia',
      version: team.version,
      members: [{ position: 'Kepala Bagian', version: member.version }],
    });
  });
});
