import { formatIndicatorValue } from '@rb/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi, type TestClient } from '../testing/harness.ts';

const SET = `mutation ($inputs: [IndicatorValueInput!]!) { setIndicatorValues(inputs: $inputs) {
  value { id kind year quarter numericValue categoryValue textValue notAvailable note source version enteredBy }
  indicator { id status(year: 2019) achievement(year: 2019) } } }`;
const STATUS = `query ($id: ID!, $year: Int!, $q: Int) { indicator(id: $id) { id canEdit status(year: $year, quarter: $q) achievement(year: $year, quarter: $q)
  values { kind year quarter numericValue categoryValue notAvailable version } } }`;

type Ind = { id: string; code: string; name: string };

describeApi('indicator status, entry, locking and thresholds', () => {
  let api: TestApi;
  let pimpinan: TestClient;
  let admin: TestClient;
  let byCode: Map<string, Ind>;

  beforeAll(async () => {
    api = await startTestApi({ countQueries: true });
    pimpinan = await api.as('pimpinan@probolinggo.demo', 'probolinggo');
    admin = await api.as('admin@probolinggo.demo', 'probolinggo');
    const list = (await pimpinan.ok<{ indicators: Ind[] }>(`{ indicators { id code name } }`)).indicators;
    byCode = new Map(list.map((i) => [i.code, i]));
  });
  afterAll(() => api?.close());

  const id = (code: string) => {
    const found = byCode.get(code);
    if (!found) throw new Error(`no indicator ${code}`);
    return found.id;
  };
  const err = (r: { errors?: { message: string; extensions?: { code?: string } }[] }) => r.errors?.[0];

  describe('demo content', () => {
    it('reads Tabel 4.1 and Tabel 2.1 as the road map writes them', async () => {
      const Q = `query ($id: ID!) { indicator(id: $id) { name unit valueType scaleMin scaleMax values { kind year numericValue categoryValue notAvailable } } }`;
      const read = async (code: string) => {
        const ind = (await pimpinan.ok(Q, { id: id(code) })).indicator;
        const text = (v: { numericValue: string | null; categoryValue: string | null; notAvailable: boolean }) =>
          v.notAvailable ? 'n.a' : formatIndicatorValue({ ...v, textValue: '' }, { valueType: ind.valueType, unit: ind.unit });
        return {
          ...ind,
          shown: ind.values.map((v: { kind: string; year: number }) => `${v.kind[0]}${v.year}=${text(v as never)}`).join(' '),
        };
      };
      const spbe = await read('PBL-G2-I2');
      expect(spbe.name).toBe('Indeks SPBE');
      expect(spbe.shown).toBe('B2018=2,53 T2020=3,2 T2021=3,4 T2022=3,6 T2023=3,8 T2024=4');
      const sakip = await read('PBL-G1-I2');
      expect(sakip.shown).toMatch(/^B2018=61% T2020=65% .* T2024=100%$/);
      const opini = await read('PBL-G1-I3');
      expect(opini.shown).toBe('B2018=WTP T2020=WTP T2021=WTP T2022=WTP T2023=WTP T2024=WTP');
      const apip = await read('PBL-RB1519-S1-I2');
      expect(apip).toMatchObject({ unit: 'Level 1-5', valueType: 'LEVEL' });
      expect(apip.shown).toContain('T2019=3 R2019=2');
      const akuntabel = await read('PBL-RB1519-S1-I4');
      expect(akuntabel).toMatchObject({ unit: 'Skor 0-100', scaleMin: '0', scaleMax: '100' });
    });
  });

  describe('status and achievement', () => {
    it('computes direction-aware achievement and status from the demo values (Tabel 2.1, 2019)', async () => {
      // Opini WTP: target WTP, realization WTP → 100, on track.
      const opini = (await pimpinan.ok(STATUS, { id: id('PBL-RB1519-S1-I1'), year: 2019 })).indicator;
      expect(opini).toMatchObject({ status: 'ON_TRACK', achievement: 100 });
      // APIP capability: target level 3, realization 2 → 66.67, off track.
      const apip = (await pimpinan.ok(STATUS, { id: id('PBL-RB1519-S1-I2'), year: 2019 })).indicator;
      expect(apip).toMatchObject({ status: 'OFF_TRACK', achievement: 66.67 });
      // SPIP: target 3, realization 3,0375 → 101.25.
      const spip = (await pimpinan.ok(STATUS, { id: id('PBL-RB1519-S1-I3'), year: 2019 })).indicator;
      expect(spip).toMatchObject({ status: 'ON_TRACK', achievement: 101.25 });
    });

    it('is NO_DATA without a realization, and for a quarter without a quarterly target', async () => {
      const spbe = (await pimpinan.ok(STATUS, { id: id('PBL-G3-I1'), year: 2021 })).indicator;
      expect(spbe).toMatchObject({ status: 'NO_DATA', achievement: null });
      const q = await pimpinan.gql(STATUS, { id: id('PBL-G3-I1'), year: 2021, q: 7 });
      expect(err(q)?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('reads the status of every road-map indicator with a constant number of queries', async () => {
      const Q = `query ($id: ID!) { roadmap(id: $id) { goals { id status(year: 2019) achievement(year: 2019)
        indicators { id status(year: 2019) achievement(year: 2019) values { id } } } } }`;
      const roadmaps = (await pimpinan.ok(`{ roadmaps { id } }`)).roadmaps as { id: string }[];
      api.db.resetQueryCount();
      const data = await pimpinan.ok(Q, { id: roadmaps[0]!.id });
      const first = api.db.queryCount();
      expect(data.roadmap.goals.length).toBeGreaterThan(0);
      // A second request: loaders are per request, so the count must be the same, not grow with indicators.
      const gid = (await api.db.prisma.government.findUniqueOrThrow({ where: { code: 'probolinggo' } })).id;
      const goal = await api.db.prisma.goal.findFirstOrThrow({ where: { roadmapId: roadmaps[0]!.id } });
      await api.db.prisma.indicator.createMany({
        data: Array.from({ length: 30 }, (_, i) => ({
          governmentId: gid,
          goalId: goal.id,
          roadmapId: roadmaps[0]!.id,
          scope: 'GOAL' as const,
          name: `Uji ${i}`,
        })),
      });
      api.db.resetQueryCount();
      await pimpinan.ok(Q, { id: roadmaps[0]!.id });
      expect(api.db.queryCount()).toBe(first);
      await api.db.prisma.indicator.deleteMany({ where: { name: { startsWith: 'Uji ' }, goalId: goal.id } });
    });
  });

  describe('dashboard reads', () => {
    const DASHBOARD = `query ($year: Int!, $quarter: Int, $roadmapId: ID) {
      statusThresholds { onTrackMin atRiskMin }
      roadmaps { id goals { id status(year: $year, quarter: $quarter) achievement(year: $year, quarter: $quarter)
        indicators { id name status(year: $year, quarter: $quarter) achievement(year: $year, quarter: $quarter)
          yearSeries(fromYear: 2020, toYear: 2029) { fromYear targets realizations baselineYear baseline } } } }
      areas { id status(year: $year, quarter: $quarter, roadmapId: $roadmapId) indicators(roadmapId: $roadmapId) { id status(year: $year) } } }`;

    it('reads 500 indicators × 10 years with a constant number of queries, one value per kind and year', async () => {
      const prisma = api.db.prisma;
      const gov = await prisma.government.findUniqueOrThrow({ where: { code: 'depok' } });
      const c = await api.as('pimpinan@depok.demo', 'depok');
      const roadmap = await prisma.roadmap.create({
        data: { governmentId: gov.id, title: 'Road Map uji 2020–2029', startYear: 2020, endYear: 2029 },
      });
      for (let g = 0; g < 25; g++) {
        const goal = await prisma.goal.create({
          data: { governmentId: gov.id, roadmapId: roadmap.id, statement: `Sasaran uji ${g}`, sortOrder: g },
        });
        await prisma.indicator.createMany({
          data: Array.from({ length: 20 }, (_, i) => ({
            governmentId: gov.id,
            roadmapId: roadmap.id,
            goalId: goal.id,
            scope: 'GOAL' as const,
            name: `Indikator ${g}.${i}`,
            valueType: 'PERCENTAGE' as const,
            sortOrder: i,
          })),
        });
      }
      // A baseline, and targets and realizations for every year and quarter: 101 values per indicator, in one statement.
      const t = performance.now();
      const inserted = await prisma.$executeRaw`
        INSERT INTO "IndicatorValue" ("id", "governmentId", "indicatorId", "kind", "year", "quarter", "numericValue", "updatedAt")
        SELECT gen_random_uuid(), i."governmentId", i."id", k.kind::"ValueKind", y, q, CASE WHEN k.kind = 'TARGET' THEN 60 + q ELSE 50 + q END, now()
        FROM "Indicator" i, generate_series(2020, 2029) y, generate_series(0, 4) q, (VALUES ('TARGET'), ('REALIZATION')) k(kind)
        WHERE i."roadmapId" = ${roadmap.id}::uuid
        UNION ALL
        SELECT gen_random_uuid(), i."governmentId", i."id", 'BASELINE'::"ValueKind", 2019, 0, 50, now() FROM "Indicator" i WHERE i."roadmapId" = ${roadmap.id}::uuid`;
      expect(inserted).toBe(50_500);
      console.info(`inserted ${inserted} values in ${(performance.now() - t).toFixed(0)} ms`);
      // The long insert ran in this process (PGlite): the server may have closed an idle keep-alive socket
      // meanwhile, which fetch reports as "fetch failed" (ECONNRESET) before the request reaches the server.
      const fresh = async <T>(request: () => Promise<T>): Promise<T> => {
        try {
          return await request();
        } catch (error) {
          if (error instanceof TypeError && error.message === 'fetch failed') return request();
          throw error;
        }
      };
      await fresh(() => c.gql('{ health { ok } }'));
      api.db.resetQueryCount();
      const started = performance.now();
      const data = await fresh(() => c.ok(DASHBOARD, { year: 2024, roadmapId: roadmap.id }));
      const ms = performance.now() - started;
      const queries = api.db.queryCount();
      const big = data.roadmaps.find((r: { id: string }) => r.id === roadmap.id);
      const indicators = big.goals.flatMap((g: { indicators: unknown[] }) => g.indicators);
      expect(indicators).toHaveLength(500);
      // 1 baseline + 10 targets + 10 realizations: the yearly values only, not 101 per indicator.
      // The years as one compact series, not 101 values per indicator.
      expect(indicators[0].yearSeries).toEqual({
        fromYear: 2020,
        targets: Array(10).fill('60'),
        realizations: Array(10).fill('50'),
        baselineYear: 2019,
        baseline: '50',
      });
      expect(indicators[0]).toMatchObject({ status: 'AT_RISK', achievement: 83.33 }); // 50 / 60
      expect(big.goals[0]).toMatchObject({ status: 'AT_RISK', achievement: 83.33 });
      console.info(`dashboard query, 500 indicators × 10 years: ${ms.toFixed(0)} ms, ${queries} SQL queries`);

      // A fifth of the road map costs the same number of queries.
      await prisma.goal.deleteMany({ where: { roadmapId: roadmap.id, sortOrder: { gte: 5 } } });
      await prisma.indicator.deleteMany({ where: { roadmapId: roadmap.id, goalId: null } });
      api.db.resetQueryCount();
      const smaller = await fresh(() => c.ok(DASHBOARD, { year: 2024, roadmapId: roadmap.id }));
      expect(smaller.roadmaps.find((r: { id: string }) => r.id === roadmap.id).goals).toHaveLength(5);
      expect(api.db.queryCount()).toBe(queries);
      await prisma.roadmap.delete({ where: { id: roadmap.id } });
    }, 120_000);

    it('reads a year from its fourth quarter when the year has no value (Gresik)', async () => {
      const bkd = await api.as('bkd@gresik.demo', 'gresik');
      const list = (await bkd.ok(`{ indicators(filter: { scope: PERFORMANCE_AGREEMENT }) { id code } }`)).indicators as {
        id: string;
        code: string;
      }[];
      const id = list.find((i) => i.code === 'GRS-PK-S1-2')!.id;
      await bkd.ok(SET, { inputs: [{ indicatorId: id, kind: 'REALIZATION', year: 2020, quarter: 4, text: '98%' }] });
      const read = (
        await bkd.ok(
          `query ($id: ID!) { indicator(id: $id) { status(year: 2020) achievement(year: 2020) yearlyValues { kind year quarter numericValue } } }`,
          { id },
        )
      ).indicator;
      expect(read).toMatchObject({ status: 'AT_RISK', achievement: 98 });
      expect(read.yearlyValues).toEqual([
        { kind: 'TARGET', year: 2020, quarter: 0, numericValue: '100' },
        { kind: 'REALIZATION', year: 2020, quarter: 4, numericValue: '98' },
      ]);
    });
  });

  describe('entry', () => {
    it('stores a value typed the Indonesian way, with note, source and an audit record', async () => {
      const spbe = id('PBL-G3-I1');
      const data = await pimpinan.ok(SET, {
        inputs: [
          {
            indicatorId: spbe,
            kind: 'REALIZATION',
            year: 2021,
            text: '3,06',
            note: 'Hasil evaluasi KemenPAN',
            source: 'Surat KemenPAN-RB',
          },
        ],
      });
      expect(data.setIndicatorValues[0].value).toMatchObject({
        numericValue: '3.06',
        textValue: '3,06',
        notAvailable: false,
        note: 'Hasil evaluasi KemenPAN',
        source: 'Surat KemenPAN-RB',
        version: 1,
        enteredBy: 'Pimpinan Probolinggo',
      });
      const now = (await pimpinan.ok(STATUS, { id: spbe, year: 2021 })).indicator;
      expect(now).toMatchObject({ status: 'AT_RISK', achievement: 80.53 }); // 3,06 / 3,8
      const history = (await admin.ok(`query ($id: ID!) { indicatorHistory(indicatorId: $id) { action userName after } }`, { id: spbe }))
        .indicatorHistory;
      expect(history[0]).toMatchObject({ action: 'CREATE', userName: 'Pimpinan Probolinggo' });
      expect(JSON.parse(history[0].after)).toMatchObject({ year: 2021, kind: 'REALIZATION' });
    });

    it('keeps n.a distinct from zero, and percentages and categories as written', async () => {
      const sakip = id('PBL-G1-I2');
      const na = await pimpinan.ok(SET, { inputs: [{ indicatorId: sakip, kind: 'REALIZATION', year: 2020, text: 'n.a' }] });
      expect(na.setIndicatorValues[0].value).toMatchObject({ notAvailable: true, numericValue: null });
      const v1 = na.setIndicatorValues[0].value.version;
      const zero = await pimpinan.ok(SET, { inputs: [{ indicatorId: sakip, kind: 'REALIZATION', year: 2020, text: '0%', version: v1 }] });
      expect(zero.setIndicatorValues[0].value).toMatchObject({ notAvailable: false, numericValue: '0', version: v1 + 1 });
      const pct = await pimpinan.ok(SET, { inputs: [{ indicatorId: sakip, kind: 'REALIZATION', year: 2022, text: '73%' }] });
      expect(pct.setIndicatorValues[0].value.numericValue).toBe('73');
      const opini = await pimpinan.ok(SET, {
        inputs: [{ indicatorId: id('PBL-RB1519-S1-I1'), kind: 'REALIZATION', year: 2020, text: 'wtp' }],
      });
      expect(opini.setIndicatorValues[0].value.categoryValue).toBe('WTP');
    });

    it('refuses invalid values with a clear message and changes nothing (a pasted block is all or nothing)', async () => {
      const apip = id('PBL-RB1519-S1-I2'); // Level 1–5
      const before = (await pimpinan.ok(STATUS, { id: apip, year: 2019 })).indicator.values;
      const r = await pimpinan.gql(SET, {
        inputs: [
          { indicatorId: apip, kind: 'REALIZATION', year: 2023, text: '3' },
          { indicatorId: apip, kind: 'TARGET', year: 2023, text: '7' },
        ],
      });
      // The cell is named (field, indicator, period) and the reason comes in both languages.
      expect(err(r)?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'inputs.1.text',
        messageKey: 'indicators.invalidValue',
        params: { index: 1, period: 'Target 2023', periodEn: 'Target 2023', reason: expect.stringMatching(/antara 1 dan 5/) },
      });
      const notNumber = await pimpinan.gql(SET, { inputs: [{ indicatorId: apip, kind: 'TARGET', year: 2023, text: 'tiga' }] });
      expect(err(notNumber)?.extensions).toMatchObject({
        messageKey: 'indicators.invalidValue',
        params: { reason: expect.stringMatching(/Isi dengan angka/) },
      });
      const badCategory = await pimpinan.gql(SET, {
        inputs: [{ indicatorId: id('PBL-RB1519-S1-I1'), kind: 'TARGET', year: 2023, text: 'Baik' }],
      });
      expect(err(badCategory)?.extensions).toMatchObject({
        field: 'inputs.0.text',
        params: { reason: expect.stringMatching(/Pilih salah satu: WTP, WDP/) },
      });
      const after = (await pimpinan.ok(STATUS, { id: apip, year: 2019 })).indicator.values;
      expect(after).toEqual(before);
    });

    it('refuses a stale version as a conflict carrying the current value', async () => {
      const spbe = id('PBL-G3-I1');
      const first = await pimpinan.ok(SET, { inputs: [{ indicatorId: spbe, kind: 'REALIZATION', year: 2022, text: '3,5' }] });
      const v = first.setIndicatorValues[0].value.version;
      await admin.ok(SET, { inputs: [{ indicatorId: spbe, kind: 'REALIZATION', year: 2022, text: '3,55', version: v }] });
      const stale = await pimpinan.gql(SET, { inputs: [{ indicatorId: spbe, kind: 'REALIZATION', year: 2022, text: '3,6', version: v }] });
      expect(err(stale)?.extensions).toMatchObject({
        code: 'CONFLICT',
        messageKey: 'error.conflict',
        params: { what: 'IndicatorValue' },
        current: { index: 0, row: { numericValue: '3.55' } },
      });
      // Creating a value someone else already created is a conflict too.
      const dup = await pimpinan.gql(SET, { inputs: [{ indicatorId: spbe, kind: 'REALIZATION', year: 2022, text: '3,6' }] });
      expect(err(dup)?.extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'indicators.enteredMeanwhile', current: { index: 0 } });
    });

    it('lets only one of two simultaneous first entries of a value win', async () => {
      const spbe = id('PBL-G3-I1');
      const input = (text: string) => ({ inputs: [{ indicatorId: spbe, kind: 'REALIZATION', year: 2028, quarter: 3, text }] });
      const results = await Promise.all([pimpinan.gql(SET, input('3,9')), admin.gql(SET, input('3,95'))]);
      const codes = results.map((r) => err(r)?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
    });

    it('removes a value when the text is empty (with its version)', async () => {
      const spbe = id('PBL-G3-I1');
      const set = await pimpinan.ok(SET, { inputs: [{ indicatorId: spbe, kind: 'TARGET', year: 2025, text: '4,2' }] });
      const removed = await pimpinan.ok(SET, {
        inputs: [{ indicatorId: spbe, kind: 'TARGET', year: 2025, text: '', version: set.setIndicatorValues[0].value.version }],
      });
      expect(removed.setIndicatorValues[0].value).toBeNull();
      const values = (await pimpinan.ok(STATUS, { id: spbe, year: 2025 })).indicator.values as { year: number }[];
      expect(values.some((x) => x.year === 2025)).toBe(false);
    });
  });

  describe('agencies compared', () => {
    it('keeps values per agency apart from the government value', async () => {
      const prisma = api.db.prisma;
      const gov = await prisma.government.findUniqueOrThrow({ where: { code: 'probolinggo' } });
      const [a, b] = await prisma.agency.findMany({ where: { governmentId: gov.id }, take: 2, orderBy: { name: 'asc' } });
      const sakip = id('PBL-G1-I2');
      await admin.ok(SET, {
        inputs: [
          { indicatorId: sakip, agencyId: a!.id, kind: 'REALIZATION', year: 2027, text: '80%' },
          { indicatorId: sakip, agencyId: b!.id, kind: 'REALIZATION', year: 2027, text: '65,5%' },
        ],
      });
      const read = (
        await pimpinan.ok(
          `query ($id: ID!) { indicator(id: $id) { values { year } agencyValues(year: 2027) { numericValue agency { id } } } }`,
          { id: sakip },
        )
      ).indicator;
      expect(read.values.some((v: { year: number }) => v.year === 2027)).toBe(false);
      expect(read.agencyValues).toEqual(
        expect.arrayContaining([
          { numericValue: '80', agency: { id: a!.id } },
          { numericValue: '65.5', agency: { id: b!.id } },
        ]),
      );
    });
  });

  describe('permissions', () => {
    it('lets only administrators and the owner agency users change values', async () => {
      const prisma = api.db.prisma;
      const gov = await prisma.government.findUniqueOrThrow({ where: { code: 'probolinggo' } });
      const [owner, other] = await prisma.agency.findMany({
        where: { governmentId: gov.id, parentId: null },
        take: 2,
        orderBy: { name: 'asc' },
      });
      const indicator = await prisma.indicator.create({
        data: { governmentId: gov.id, scope: 'OTHER', name: 'Indikator milik PD uji', valueType: 'PERCENTAGE', ownerAgencyId: owner!.id },
      });
      const pimpinanUser = await prisma.user.findUniqueOrThrow({ where: { email: 'pimpinan@probolinggo.demo' } });
      const input = { inputs: [{ indicatorId: indicator.id, kind: 'TARGET', year: 2024, text: '80%' }] };

      // A government-wide manager does not own an agency's indicator.
      expect((await pimpinan.ok(STATUS, { id: indicator.id, year: 2024 })).indicator.canEdit).toBe(false);
      expect(err(await pimpinan.gql(SET, input))?.extensions?.code).toBe('FORBIDDEN');

      // An assessor has no entry role at all.
      const asesor = await api.as('asesor@probolinggo.demo', 'probolinggo');
      expect(err(await asesor.gql(SET, input))?.extensions?.code).toBe('FORBIDDEN');

      // A manager limited to another agency may not; one limited to the owner may.
      const m = await prisma.membership.create({
        data: { userId: pimpinanUser.id, governmentId: gov.id, role: 'MANAGER', agencyId: other!.id },
      });
      const otherClient = await api.as('pimpinan@probolinggo.demo', 'probolinggo');
      expect(err(await otherClient.gql(SET, input))?.extensions?.code).toBe('FORBIDDEN');
      await prisma.membership.update({ where: { id: m.id }, data: { agencyId: owner!.id } });
      const ownerClient = await api.as('pimpinan@probolinggo.demo', 'probolinggo');
      expect((await ownerClient.ok(STATUS, { id: indicator.id, year: 2024 })).indicator.canEdit).toBe(true);
      const ok = await ownerClient.ok(SET, input);
      expect(ok.setIndicatorValues[0].value.numericValue).toBe('80');
      await prisma.membership.delete({ where: { id: m.id } });

      // Administrators always may; nothing of another government is reachable.
      expect((await admin.ok(STATUS, { id: indicator.id, year: 2024 })).indicator.canEdit).toBe(true);
      const depok = await api.as('admin@depok.demo', 'depok');
      expect(err(await depok.gql(SET, input))?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('demo owners', () => {
    it("gives Gresik's performance-agreement indicators to the BKD: its manager enters quarterly values, the regency-wide manager only reads", async () => {
      const bkd = await api.as('bkd@gresik.demo', 'gresik');
      const list = (await bkd.ok(`{ indicators(filter: { scope: PERFORMANCE_AGREEMENT }) { id code canEdit ownerAgency { code } } }`))
        .indicators as { id: string; code: string; canEdit: boolean; ownerAgency: { code: string } | null }[];
      const diklat = list.find((i) => i.code === 'GRS-PK-S1-1')!;
      expect(diklat).toMatchObject({ canEdit: true, ownerAgency: { code: 'BKD' } });
      const done = await bkd.ok(SET, { inputs: [{ indicatorId: diklat.id, kind: 'REALIZATION', year: 2020, quarter: 4, text: '75,5%' }] });
      expect(done.setIndicatorValues[0].value).toMatchObject({ quarter: 4, numericValue: '75.5' });
      const status = (await bkd.ok(STATUS, { id: diklat.id, year: 2020, q: 4 })).indicator;
      expect(status).toMatchObject({ status: 'ON_TRACK', achievement: 103.42 }); // 75,5 / 73
      const manager = await api.as('pimpinan@gresik.demo', 'gresik');
      expect((await manager.ok(STATUS, { id: diklat.id, year: 2020 })).indicator.canEdit).toBe(false);
    });

    it("shows Lumajang's tree baselines as indicator values (55,96 tahun 2020)", async () => {
      const c = await api.as('pimpinan@lumajang.demo', 'lumajang');
      const list = (await c.ok(`{ indicators(filter: { scope: TREE }) { code values { kind year numericValue source } } }`)).indicators as {
        code: string;
        values: unknown[];
      }[];
      expect(list.find((i) => i.code === 'LMJ-T-IRB')?.values).toEqual([
        { kind: 'BASELINE', year: 2020, numericValue: '55.96', source: 'Menpan, 2020' },
      ]);
    });
  });

  describe('period closing', () => {
    it('locks a closed period for everyone until an administrator reopens it', async () => {
      const spbe = id('PBL-G3-I1');
      expect(err(await pimpinan.gql(`mutation { closePeriod(year: 2023) { id } }`))?.extensions?.code).toBe('FORBIDDEN');
      const lock = (await admin.ok(`mutation { closePeriod(year: 2023, reason: "LKjIP 2023 final") { id year quarter lockedBy reason } }`))
        .closePeriod;
      expect(lock).toMatchObject({ year: 2023, quarter: 0, lockedBy: 'Administrator Probolinggo', reason: 'LKjIP 2023 final' });
      const again = await admin.gql(`mutation { closePeriod(year: 2023) { id } }`);
      expect(err(again)?.extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'indicators.periodAlreadyClosed' });

      for (const client of [pimpinan, admin]) {
        const r = await client.gql(SET, { inputs: [{ indicatorId: spbe, kind: 'REALIZATION', year: 2023, quarter: 2, text: '3,7' }] });
        expect(err(r)?.extensions).toMatchObject({
          code: 'FORBIDDEN',
          messageKey: 'indicators.periodClosed',
          params: { period: '2023 TW II' },
        });
      }
      // Another year stays open.
      await pimpinan.ok(SET, { inputs: [{ indicatorId: spbe, kind: 'TARGET', year: 2024, quarter: 1, text: '3,9' }] });

      const locks = (await pimpinan.ok(`{ periodLocks(year: 2023) { id reopenedAt } }`)).periodLocks;
      expect(locks).toEqual([{ id: lock.id, reopenedAt: null }]);
      await admin.ok(`mutation ($id: ID!) { reopenPeriod(id: $id) { id reopenedAt } }`, { id: lock.id });
      const twice = await admin.gql(`mutation ($id: ID!) { reopenPeriod(id: $id) { id } }`, { id: lock.id });
      expect(err(twice)?.extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'indicators.periodAlreadyOpen' });
      const done = await pimpinan.ok(SET, { inputs: [{ indicatorId: spbe, kind: 'REALIZATION', year: 2023, quarter: 2, text: '3,7' }] });
      expect(done.setIndicatorValues[0].value).toMatchObject({ quarter: 2, numericValue: '3.7' });
    });

    it('closes a single quarter without closing the others', async () => {
      const spbe = id('PBL-G3-I1');
      const lock = (await admin.ok(`mutation { closePeriod(year: 2026, quarter: 1) { id } }`)).closePeriod;
      const q1 = await pimpinan.gql(SET, { inputs: [{ indicatorId: spbe, kind: 'REALIZATION', year: 2026, quarter: 1, text: '4' }] });
      expect(err(q1)?.extensions?.code).toBe('FORBIDDEN');
      await pimpinan.ok(SET, { inputs: [{ indicatorId: spbe, kind: 'REALIZATION', year: 2026, quarter: 2, text: '4' }] });
      await admin.ok(`mutation ($id: ID!) { reopenPeriod(id: $id) { id } }`, { id: lock.id });
    });
  });

  describe('status thresholds', () => {
    it('uses the defaults until an administrator sets the government thresholds', async () => {
      const T = `{ statusThresholds { onTrackMin atRiskMin isDefault version } }`;
      const initial = (await pimpinan.ok(T)).statusThresholds;
      expect(initial).toMatchObject({ onTrackMin: 100, atRiskMin: 80, isDefault: true });
      const SETT = `mutation ($input: StatusThresholdsInput!) { setStatusThresholds(input: $input) { onTrackMin atRiskMin isDefault version } }`;
      expect(err(await pimpinan.gql(SETT, { input: { onTrackMin: 90, atRiskMin: 60 } }))?.extensions?.code).toBe('FORBIDDEN');
      const bad = await admin.gql(SETT, { input: { onTrackMin: 60, atRiskMin: 90 } });
      expect(err(bad)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'atRiskMin', messageKey: 'indicators.thresholdOrder' });

      const apip = id('PBL-RB1519-S1-I2'); // 66,67 %
      expect((await pimpinan.ok(STATUS, { id: apip, year: 2019 })).indicator.status).toBe('OFF_TRACK');
      const saved = (await admin.ok(SETT, { input: { onTrackMin: 90, atRiskMin: 60, version: initial.version } })).setStatusThresholds;
      expect(saved).toMatchObject({ onTrackMin: 90, atRiskMin: 60, isDefault: false, version: initial.version + 1 });
      expect((await pimpinan.ok(STATUS, { id: apip, year: 2019 })).indicator.status).toBe('AT_RISK');
      const stale = await admin.gql(SETT, { input: { onTrackMin: 95, atRiskMin: 60, version: initial.version } });
      expect(err(stale)?.extensions?.code).toBe('CONFLICT');
      await admin.ok(SETT, { input: { onTrackMin: 100, atRiskMin: 80, version: saved.version } });
      expect((await pimpinan.ok(STATUS, { id: apip, year: 2019 })).indicator.status).toBe('OFF_TRACK');
    });
  });
});
