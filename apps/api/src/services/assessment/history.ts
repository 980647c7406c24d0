// Answer history per criterion, read from the audit log: who changed which
// answer when, old → new value and note. An assessor sees the history of their
// own answer; whoever may see every assessor's answers (after consensus opens,
// or the coordinator/reviewer) sees all of them, and the consensus answer's.
import { type Context, requireUser } from '../../context.ts';
import { badInput } from '../../errors.ts';
import { canSeeAllAnswers, loadAssessment, OPEN_STATUSES } from './access.ts';

export interface AnswerChangeView {
  id: string;
  criterionId: string;
  kind: 'ANSWER' | 'CONSENSUS';
  assessorId: string | null;
  assessorName: string | null;
  changedByName: string | null;
  at: Date;
  oldValue: string | null;
  newValue: string | null;
  oldNote: string | null;
  newNote: string | null;
}

type Row = { value?: string | null; note?: string | null; reason?: string | null } | null;
const str = (v: unknown) => (typeof v === 'string' ? v : null);

export async function answerHistory(ctx: Context, assessmentId: string, criterionId: string): Promise<AnswerChangeView[]> {
  if (!/^[0-9a-f-]{36}$/i.test(criterionId)) throw badInput('validation.uuid', 'criterionId');
  const user = requireUser(ctx);
  const a = await loadAssessment(ctx, assessmentId);
  const all = canSeeAllAnswers(ctx, a);
  const [answers, consensus] = await Promise.all([
    ctx.prisma.answer.findMany({
      where: { assessmentId: a.id, criterionId, ...(all ? {} : { assessorId: user.id }) },
      select: { id: true, assessorId: true, assessor: { select: { name: true } } },
    }),
    all || OPEN_STATUSES.includes(a.status)
      ? ctx.prisma.consensusAnswer.findMany({ where: { assessmentId: a.id, criterionId } })
      : Promise.resolve([]),
  ]);
  const owners = new Map(answers.map((x) => [x.id, x]));
  const ids = [...answers.map((x) => x.id), ...consensus.map((x) => x.id)];
  if (!ids.length) return [];
  const logs = await ctx.prisma.auditLog.findMany({
    where: { governmentId: a.governmentId, entity: { in: ['Answer', 'ConsensusAnswer'] }, entityId: { in: ids } },
    include: { user: { select: { name: true } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const out: AnswerChangeView[] = [];
  for (const log of logs) {
    const before = log.before as Row;
    const after = log.after as Row;
    const consensusRow = log.entity === 'ConsensusAnswer';
    const note = (r: Row) => str(consensusRow ? r?.reason : r?.note);
    const oldValue = str(before?.value);
    const newValue = str(after?.value);
    // Review verdicts and evidence-only rows change neither value nor note: not part of the answer's history.
    if (oldValue === newValue && note(before) === note(after)) continue;
    const owner = owners.get(log.entityId);
    out.push({
      id: log.id.toString(),
      criterionId,
      kind: consensusRow ? 'CONSENSUS' : 'ANSWER',
      assessorId: owner?.assessorId ?? null,
      assessorName: owner?.assessor.name ?? null,
      changedByName: log.user?.name ?? null,
      at: log.createdAt,
      oldValue,
      newValue,
      oldNote: note(before),
      newNote: note(after),
    });
  }
  // Consensus answers agreed when consensus opened (every assessor answered alike) have no audit row of their own.
  for (const c of consensus) {
    if (logs.some((l) => l.entityId === c.id && l.action === 'CREATE')) continue;
    const first = out.find((x) => x.kind === 'CONSENSUS');
    out.push({
      id: `agreed-${c.id}`,
      criterionId,
      kind: 'CONSENSUS',
      assessorId: null,
      assessorName: null,
      changedByName: null,
      at: c.createdAt,
      oldValue: null,
      newValue: first ? first.oldValue : c.value,
      oldNote: null,
      newNote: first ? first.oldNote : c.reason,
    });
  }
  return out.sort((x, y) => x.at.getTime() - y.at.getTime());
}
