// Turns the typed demo content into database rows. Rows are built in memory
// with their ids (so relations need no round trips) and written with one
// createMany per table, in dependency order, inside one transaction.
import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '@rb/db';
import { childLevel, parseIndicatorValue, parseIndonesianNumber, parseRupiah } from '@rb/domain';
import { AREAS, frameworkRows, type NationalFramework } from '@rb/reference';
import type { DemoActivity, DemoAgency, DemoGovernment, DemoIndicator, DemoTreeNode } from './types.ts';
import { demoEvaluationRows, type EvaluationRows } from './evaluation.ts';
import { DEMO_USERS, type DemoUser } from './users.ts';

type Rows = {
  government: Prisma.GovernmentCreateManyInput[];
  agency: Prisma.AgencyCreateManyInput[];
  area: Prisma.AreaCreateManyInput[];
  team: Prisma.TeamCreateManyInput[];
  teamMember: Prisma.TeamMemberCreateManyInput[];
  roadmap: Prisma.RoadmapCreateManyInput[];
  workPlan: Prisma.WorkPlanCreateManyInput[];
  goal: Prisma.GoalCreateManyInput[];
  program: Prisma.ProgramCreateManyInput[];
  activity: Prisma.ActivityCreateManyInput[];
  action: Prisma.ActionCreateManyInput[];
  actionEffort: Prisma.ActionEffortCreateManyInput[];
  indicator: Prisma.IndicatorCreateManyInput[];
  indicatorValue: Prisma.IndicatorValueCreateManyInput[];
  step: Prisma.StepCreateManyInput[];
  stepRealization: Prisma.StepRealizationCreateManyInput[];
  quickWin: Prisma.QuickWinCreateManyInput[];
  performanceTree: Prisma.PerformanceTreeCreateManyInput[];
  treeNode: Prisma.TreeNodeCreateManyInput[];
  treeNodeIndicator: Prisma.TreeNodeIndicatorCreateManyInput[];
  treeNodeAction: Prisma.TreeNodeActionCreateManyInput[];
  processMap: Prisma.ProcessMapCreateManyInput[];
  businessProcess: Prisma.BusinessProcessCreateManyInput[];
  crossFunctionStep: Prisma.CrossFunctionStepCreateManyInput[];
  framework: Prisma.FrameworkCreateManyInput[];
  frameworkNode: Prisma.FrameworkNodeCreateManyInput[];
  criterion: Prisma.CriterionCreateManyInput[];
  user: Prisma.UserCreateManyInput[];
  membership: Prisma.MembershipCreateManyInput[];
  statusThreshold: Prisma.StatusThresholdCreateManyInput[];
} & EvaluationRows;

/** Insertion order: parents before children. */
const ORDER: (keyof Rows)[] = [
  'government',
  'agency',
  'area',
  'team',
  'teamMember',
  'roadmap',
  'workPlan',
  'goal',
  'program',
  'activity',
  'action',
  'actionEffort',
  'indicator',
  'indicatorValue',
  'step',
  'stepRealization',
  'quickWin',
  'performanceTree',
  'treeNode',
  'treeNodeIndicator',
  'treeNodeAction',
  'processMap',
  'businessProcess',
  'crossFunctionStep',
  'framework',
  'frameworkNode',
  'criterion',
  'user',
  'membership',
  'statusThreshold',
  'assessment',
  'assessmentMember',
  'answer',
  'consensusAnswer',
  'evaluatorScore',
  'finding',
];

function emptyRows(): Rows {
  return Object.fromEntries(ORDER.map((k) => [k, []])) as unknown as Rows;
}

/** Problems found in the source documents while loading (real data errors). */
export interface LoadIssue {
  government: string;
  where: string;
  value: string;
  problem: string;
}

class GovernmentBuilder {
  readonly id = randomUUID();
  readonly agencies = new Map<string, string>();
  readonly areas = new Map<string, string>();
  readonly indicators = new Map<string, string>();
  readonly teams = new Map<string, string>();
  readonly goals = new Map<string, string>();
  readonly programs = new Map<string, string>();
  readonly actions = new Map<string, string>();

  constructor(
    readonly rows: Rows,
    readonly gov: DemoGovernment,
    readonly issues: LoadIssue[],
  ) {}

  build() {
    const { gov, rows } = this;
    rows.government.push({ id: this.id, code: gov.code, name: gov.name, kind: gov.kind, region: gov.region ?? null });
    rows.statusThreshold.push({ governmentId: this.id, onTrackMin: '100', atRiskMin: '80' });
    gov.agencies.forEach((a, i) => this.agency(a, null, i));
    AREAS.forEach((a, i) => {
      const id = randomUUID();
      this.areas.set(a.kind, id);
      rows.area.push({ id, governmentId: this.id, kind: a.kind, name: a.name, sortOrder: i });
    });
    gov.teams?.forEach((t, i) => {
      const id = randomUUID();
      this.teams.set(t.name, id);
      rows.team.push({
        id,
        governmentId: this.id,
        kind: t.kind,
        name: t.name,
        sortOrder: i,
        areaId: t.areaKind ? this.areas.get(t.areaKind) : null,
      });
      t.members.forEach((m, j) => rows.teamMember.push({ teamId: id, position: m.position, teamRole: m.teamRole, sortOrder: j }));
    });
    if (gov.roadmap) this.roadmap();
    gov.workPlans?.forEach((p) => this.workPlan(p));
    gov.treeIndicators?.forEach((ind, i) => this.indicator(ind, { scope: 'TREE' }, i));
    gov.trees?.forEach((t) => this.tree(t));
    gov.processMaps?.forEach((m) => this.processMap(m));
  }

  agencyId(code: string | undefined, where: string): string | null {
    if (!code) return null;
    const id = this.agencies.get(code);
    if (!id) this.issue(where, code, 'unknown agency code');
    return id ?? null;
  }

  issue(where: string, value: string, problem: string) {
    this.issues.push({ government: this.gov.code, where, value, problem });
  }

  agency(a: DemoAgency, parentId: string | null, sortOrder: number) {
    const id = randomUUID();
    if (this.agencies.has(a.code)) this.issue('agency', a.code, 'duplicate agency code');
    this.agencies.set(a.code, id);
    this.rows.agency.push({
      id,
      governmentId: this.id,
      parentId,
      code: a.code,
      name: a.name,
      shortName: a.shortName ?? null,
      kind: a.kind,
      sortOrder,
    });
    a.children?.forEach((c, i) => this.agency(c, id, i));
  }

  indicator(
    ind: DemoIndicator,
    links: Partial<
      Pick<
        Prisma.IndicatorCreateManyInput,
        'roadmapId' | 'goalId' | 'areaId' | 'programId' | 'activityId' | 'actionId' | 'scope' | 'ownerAgencyId'
      >
    >,
    sortOrder: number,
  ) {
    const id = randomUUID();
    if (this.indicators.has(ind.code)) this.issue('indicator', ind.code, 'duplicate indicator code');
    this.indicators.set(ind.code, id);
    this.rows.indicator.push({
      id,
      governmentId: this.id,
      scope: links.scope ?? 'OTHER',
      roadmapId: links.roadmapId ?? null,
      goalId: links.goalId ?? null,
      areaId: links.areaId ?? null,
      programId: links.programId ?? null,
      activityId: links.activityId ?? null,
      actionId: links.actionId ?? null,
      // An indicator of an agency's plan belongs to that agency unless it names its owner.
      ownerAgencyId: this.agencyId(ind.ownerAgencyCode, `indicator ${ind.code}`) ?? links.ownerAgencyId ?? null,
      code: ind.code,
      name: ind.name,
      unit: ind.unit ?? null,
      valueType: ind.valueType,
      scaleMin: ind.scaleMin?.toString() ?? null,
      scaleMax: ind.scaleMax?.toString() ?? null,
      categories: ind.categories ?? [],
      direction: ind.direction ?? 'HIGHER_IS_BETTER',
      source: ind.source ?? null,
      sortOrder,
    });
    for (const v of ind.values ?? []) {
      const parsed = parseIndicatorValue(v.value, ind);
      const base = {
        governmentId: this.id,
        indicatorId: id,
        kind: v.kind,
        year: v.year,
        quarter: v.quarter ?? 0,
        month: v.month ?? 0,
        note: v.note ?? null,
        source: v.source ?? null,
      };
      if (parsed.ok) {
        this.rows.indicatorValue.push({
          ...base,
          numericValue: parsed.numericValue,
          categoryValue: parsed.categoryValue,
          textValue: parsed.textValue,
          notAvailable: parsed.notAvailable,
        });
      } else {
        // Keep what the document says; the value stays visible as text and
        // is flagged, never silently turned into a number.
        this.issue(`indicator ${ind.code} ${v.kind} ${v.year}${v.quarter ? ` TW${v.quarter}` : ''}`, v.value, parsed.message.en);
        this.rows.indicatorValue.push({
          ...base,
          textValue: v.value,
          note: [v.note, `Nilai di dokumen sumber tidak valid: ${parsed.message.id}`].filter(Boolean).join(' — '),
        });
      }
    }
    return id;
  }

  roadmap() {
    const rm = this.gov.roadmap!;
    const roadmapId = randomUUID();
    this.rows.roadmap.push({
      id: roadmapId,
      governmentId: this.id,
      title: rm.title,
      startYear: rm.startYear,
      endYear: rm.endYear,
      regulationRef: rm.regulationRef ?? null,
    });
    rm.goals.forEach((g, i) => {
      const goalId = randomUUID();
      this.goals.set(g.code, goalId);
      this.rows.goal.push({ id: goalId, governmentId: this.id, roadmapId, code: g.code, statement: g.statement, sortOrder: i });
      g.indicators.forEach((ind, j) => this.indicator(ind, { scope: 'GOAL', roadmapId, goalId }, j));
    });
    for (const group of rm.areaIndicators) {
      group.indicators.forEach((ind, j) => this.indicator(ind, { scope: 'AREA', roadmapId, areaId: this.areas.get(group.areaKind) }, j));
    }
    rm.otherIndicators?.forEach((ind, j) => this.indicator(ind, { scope: 'OTHER', roadmapId }, 100 + j));
    rm.activities.forEach((a, i) => this.activity(a, { roadmapId }, i));
    rm.quickWins?.forEach((q, i) =>
      this.rows.quickWin.push({
        governmentId: this.id,
        roadmapId,
        agencyId: this.agencyId(q.agencyCode, 'quick win'),
        name: q.name,
        description: q.description ?? null,
        output: q.output ?? null,
        year: q.year ?? null,
        sortOrder: i,
      }),
    );
  }

  workPlan(p: NonNullable<DemoGovernment['workPlans']>[number]) {
    const workPlanId = randomUUID();
    const ownerAgencyId = this.agencyId(p.agencyCode, `work plan ${p.title}`);
    this.rows.workPlan.push({
      id: workPlanId,
      governmentId: this.id,
      agencyId: ownerAgencyId,
      kind: p.kind,
      year: p.year,
      title: p.title,
      regulationRef: p.regulationRef ?? null,
    });
    p.goals?.forEach((g, i) => {
      const goalId = randomUUID();
      this.goals.set(g.code, goalId);
      this.rows.goal.push({ id: goalId, governmentId: this.id, workPlanId, code: g.code, statement: g.statement, sortOrder: i });
      g.indicators.forEach((ind, j) => this.indicator(ind, { scope: 'PERFORMANCE_AGREEMENT', goalId, ownerAgencyId }, j));
    });
    p.programs?.forEach((prog, i) => {
      const programId = randomUUID();
      this.programs.set(prog.code, programId);
      this.rows.program.push({
        id: programId,
        governmentId: this.id,
        workPlanId,
        goalId: prog.goalCode ? (this.goals.get(prog.goalCode) ?? null) : null,
        code: prog.code,
        name: prog.name,
        sortOrder: i,
      });
      prog.indicators?.forEach((ind, j) => this.indicator(ind, { scope: 'PERFORMANCE_AGREEMENT', programId, ownerAgencyId }, j));
    });
    p.activities.forEach((a, i) => this.activity(a, { workPlanId, ownerAgencyId }, i));
  }

  activity(a: DemoActivity, parent: { roadmapId?: string; workPlanId?: string; ownerAgencyId?: string | null }, sortOrder: number) {
    const activityId = randomUUID();
    let budget: string | null = null;
    if (a.budget !== undefined) {
      const parsed = parseRupiah(a.budget);
      if (parsed.ok) {
        budget = parsed.value;
        if (parsed.warning) this.issue(`budget of ${a.name}`, a.budget, `read as ${parsed.value} (${parsed.warning})`);
      } else this.issue(`budget of ${a.name}`, a.budget, parsed.error);
    }
    const indicatorId = a.indicatorCode ? this.indicators.get(a.indicatorCode) : undefined;
    if (a.indicatorCode && !indicatorId) this.issue(`activity ${a.name}`, a.indicatorCode, 'unknown indicator code');
    this.rows.activity.push({
      id: activityId,
      governmentId: this.id,
      roadmapId: parent.roadmapId ?? null,
      workPlanId: parent.workPlanId ?? null,
      programId: a.programCode ? (this.programs.get(a.programCode) ?? null) : null,
      areaId: a.areaKind ? (this.areas.get(a.areaKind) ?? null) : null,
      indicatorId: indicatorId ?? null,
      code: a.code ?? null,
      name: a.name,
      budget,
      sortOrder,
    });
    a.indicators?.forEach((ind, j) => this.indicator(ind, { scope: 'ACTIVITY', activityId, ownerAgencyId: parent.ownerAgencyId }, j));
    a.actions.forEach((act, i) => {
      const actionId = randomUUID();
      if (act.code) this.actions.set(act.code, actionId);
      this.rows.action.push({
        id: actionId,
        governmentId: this.id,
        activityId,
        code: act.code ?? null,
        name: act.name,
        output: act.output ?? null,
        responsibleAgencyId: this.agencyId(act.responsibleAgencyCode, `action ${act.name}`),
        responsibleText: act.responsibleText ?? null,
        years: act.years ?? [],
        successCriteria: act.successCriteria ?? null,
        note: act.note ?? null,
        sortOrder: i,
      });
      act.efforts?.forEach((e, j) =>
        this.rows.actionEffort.push({
          actionId,
          agencyId: this.agencyId(e.agencyCode, `effort of ${act.name}`),
          description: e.description,
          sortOrder: j,
        }),
      );
      if (act.indicator) this.indicator(act.indicator, { scope: 'ACTIVITY', actionId }, 0);
      act.steps?.forEach((s, k) => {
        const stepId = randomUUID();
        const months = [...new Set(s.months)].sort((x, y) => x - y);
        if (months.some((m) => m < 1 || m > 12)) this.issue(`step ${s.name}`, months.join(','), 'month outside 1–12');
        this.rows.step.push({
          id: stepId,
          governmentId: this.id,
          actionId,
          name: s.name,
          output: s.output ?? null,
          successCriteria: s.successCriteria ?? null,
          responsibleAgencyId: this.agencyId(s.responsibleAgencyCode, `step ${s.name}`),
          responsibleTeamId: s.responsibleTeamName ? (this.teams.get(s.responsibleTeamName) ?? null) : null,
          responsibleText: s.responsibleText ?? null,
          months: months.filter((m) => m >= 1 && m <= 12),
          sortOrder: k,
        });
        s.realizations?.forEach((r) => this.rows.stepRealization.push({ stepId, month: r.month, status: r.status, note: r.note ?? null }));
      });
    });
  }

  tree(t: NonNullable<DemoGovernment['trees']>[number]) {
    const treeId = randomUUID();
    this.rows.performanceTree.push({
      id: treeId,
      governmentId: this.id,
      agencyId: this.agencyId(t.agencyCode, `tree ${t.title}`),
      year: t.year,
      title: t.title,
    });
    // Levels as the documents count them (domain childLevel): one below the parent, except a
    // sub-activity, which shares its activity's level.
    const walk = (node: DemoTreeNode, parentId: string | null, level: number, sortOrder: number) => {
      const id = randomUUID();
      let observedValue: string | null = null;
      if (node.observedValue) {
        const parsed = parseIndonesianNumber(node.observedValue);
        if (parsed.ok) observedValue = parsed.value;
        else this.issue(`tree node ${node.statement}`, node.observedValue, 'observed value is not a number');
      }
      this.rows.treeNode.push({
        id,
        governmentId: this.id,
        treeId,
        parentId,
        level,
        sortOrder,
        kind: node.kind,
        statement: node.statement,
        indicatorText: node.indicatorText ?? null,
        observedProblem: node.observedProblem ?? null,
        observedValue,
        observedYear: node.observedYear ?? null,
        observedSource: node.observedSource ?? null,
        rationale: node.rationale ?? null,
        responsibleOfficial: node.responsibleOfficial ?? null,
      });
      for (const link of node.indicators ?? []) {
        const indicatorId = this.indicators.get(link.code);
        if (indicatorId) this.rows.treeNodeIndicator.push({ nodeId: id, indicatorId, rationale: link.rationale ?? null });
        else this.issue(`tree node ${node.statement}`, link.code, 'unknown indicator code');
      }
      for (const link of node.actions ?? []) {
        const actionId = this.actions.get(link.code);
        if (actionId) this.rows.treeNodeAction.push({ nodeId: id, actionId, rationale: link.rationale ?? null });
        else this.issue(`tree node ${node.statement}`, link.code, 'unknown action code');
      }
      node.children?.forEach((c, i) => walk(c, id, childLevel({ level, kind: node.kind }, c.kind), i));
    };
    t.roots.forEach((r, i) => walk(r, null, 0, i));
  }

  processMap(m: NonNullable<DemoGovernment['processMaps']>[number]) {
    const mapId = randomUUID();
    this.rows.processMap.push({ id: mapId, governmentId: this.id, agencyId: this.agencyId(m.agencyCode, 'process map'), title: m.title });
    const walk = (p: (typeof m.processes)[number], parentId: string | null, i: number) => {
      const id = randomUUID();
      this.rows.businessProcess.push({
        id,
        mapId,
        parentId,
        kind: p.kind,
        name: p.name,
        responsibleOfficial: p.responsibleOfficial ?? null,
        sortOrder: i,
      });
      p.children?.forEach((c, j) => walk(c, id, j));
    };
    m.processes.forEach((p, i) => walk(p, null, i));
    m.sopSteps.forEach((s, i) =>
      this.rows.crossFunctionStep.push({
        mapId,
        activity: s.activity,
        actor: s.actor,
        outputDocument: s.outputDocument ?? null,
        sortOrder: i,
      }),
    );
  }
}

/**
 * The rows of one national framework version (framework → nodes → criteria),
 * with new ids. Used by the demo loader and by the API's start-up seeding.
 */
function addFramework(rows: Rows, fw: NationalFramework) {
  const { framework, nodes, criteria } = frameworkRows(fw);
  rows.framework.push(framework);
  rows.frameworkNode.push(...nodes);
  rows.criterion.push(...criteria);
}

export interface LoadOptions {
  hashPassword: (password: string) => Promise<string>;
  governments: DemoGovernment[];
  frameworks: readonly NationalFramework[];
  users?: DemoUser[];
  password: string;
}

/** Builds every row of the demo content; pure apart from the password hash. */
export async function buildDemoRows(opts: LoadOptions) {
  const rows = emptyRows();
  const issues: LoadIssue[] = [];
  const govIds = new Map<string, GovernmentBuilder>();
  for (const gov of opts.governments) {
    const b = new GovernmentBuilder(rows, gov, issues);
    b.build();
    govIds.set(gov.code, b);
  }
  for (const fw of opts.frameworks) addFramework(rows, fw);
  // Same password for every demo account: hash it once.
  const passwordHash = await opts.hashPassword(opts.password);
  for (const u of opts.users ?? DEMO_USERS) {
    const userId = randomUUID();
    const memberships = u.memberships.filter((m) => govIds.has(m.government));
    if (!memberships.length) continue;
    rows.user.push({ id: userId, email: u.email, name: u.name, passwordHash });
    for (const m of memberships) {
      const b = govIds.get(m.government)!;
      rows.membership.push({
        userId,
        governmentId: b.id,
        role: m.role,
        agencyId: m.agencyCode ? b.agencyId(m.agencyCode, `user ${u.email}`) : null,
      });
    }
  }
  // Probolinggo's 2025 evaluation under the 2023 model, with the evaluator's values and findings.
  const probolinggo = govIds.get('probolinggo');
  if (probolinggo) {
    const users = Object.fromEntries(
      rows.user.filter((u) => u.email.endsWith('@probolinggo.demo')).map((u) => [u.email.split('@')[0], u.id as string]),
    );
    demoEvaluationRows(
      rows,
      probolinggo.id,
      rows.framework.map((f) => ({ id: f.id as string, code: f.code })),
      rows.criterion.map((c) => ({ id: c.id as string, frameworkId: c.frameworkId, code: c.code ?? null })),
      users,
    );
  }
  return { rows, issues };
}

/** Writes the rows in one transaction. */
export async function writeRows(prisma: PrismaClient, rows: Rows) {
  // Activities point at indicators (the one they drive) while indicators may
  // belong to activities: insert activities without the link, set it after.
  const drives = rows.activity.filter((a) => a.indicatorId).map((a) => [a.id as string, a.indicatorId as string]);
  const tables = { ...rows, activity: rows.activity.map((a) => ({ ...a, indicatorId: null })) };
  await prisma.$transaction(
    async (tx) => {
      for (const table of ORDER) {
        const data = tables[table];
        if (!data.length) continue;
        const delegate = (tx as unknown as Record<string, { createMany(a: { data: unknown[] }): Promise<unknown> }>)[table]!;
        for (let i = 0; i < data.length; i += 1000) await delegate.createMany({ data: data.slice(i, i + 1000) });
      }
      if (drives.length) {
        await tx.$executeRawUnsafe(
          `UPDATE "Activity" AS a SET "indicatorId" = v.ind::uuid FROM unnest($1::text[], $2::text[]) AS v(id, ind) WHERE a.id = v.id::uuid`,
          drives.map((d) => d[0]),
          drives.map((d) => d[1]),
        );
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

export function summarize(rows: Rows): string {
  return (['government', 'agency', 'indicator', 'indicatorValue', 'action', 'step', 'treeNode', 'criterion', 'user'] as const)
    .map((k) => `${rows[k].length} ${k}`)
    .join(', ');
}
