// Who may see and do what on one assessment. The team (AssessmentMember) decides:
// assessors fill in their own worksheet, the coordinator runs consensus, the
// reviewer reviews. Separation of duties: who fills in does not review, and
// the coordinator is not an assessor of the same assessment. An administrator
// of the government may do what a coordinator may (unless they are an
// assessor or the reviewer of this assessment), never an assessor's or the
// reviewer's part, and reopens a final assessment.
import type { Assessment, AssessmentRole, AssessmentStatus, Prisma } from '@rb/db';
import { type Context, governmentId, requireUser } from '../../context.ts';
import { forbidden, notFound } from '../../errors.ts';

export type AssessmentWithTeam = Assessment & {
  members: { userId: string; role: AssessmentRole; user: { id: string; name: string; email: string } }[];
};

/** Statuses from which every team member sees every assessor's answers. */
export const OPEN_STATUSES: readonly AssessmentStatus[] = ['CONSENSUS', 'IN_REVIEW', 'NEEDS_REVISION', 'FINAL'];

/** Status names in both languages, for the refusals' message params. */
export const STATUS_LABEL: Record<AssessmentStatus, { id: string; en: string }> = {
  DRAFT: { id: 'draf', en: 'draft' },
  IN_ASSESSMENT: { id: 'penilaian', en: 'assessment' },
  CONSENSUS: { id: 'konsensus', en: 'consensus' },
  IN_REVIEW: { id: 'reviu', en: 'review' },
  NEEDS_REVISION: { id: 'perlu perbaikan', en: 'needs revision' },
  FINAL: { id: 'final', en: 'final' },
};

/** What a refused step was about, in both languages (message params `doing` / `doingEn`). */
export const DOING = {
  editAnswer: { id: 'mengubah jawaban', en: 'change answers' },
  addTeamEvidence: { id: 'menambah data dukung tim', en: 'add the team’s evidence' },
  addEvidence: { id: 'menambah data dukung', en: 'add evidence' },
  removeEvidence: { id: 'menghapus data dukung', en: 'remove evidence' },
  editConsensus: { id: 'mengubah jawaban konsensus', en: 'change consensus answers' },
  review: { id: 'mereviu kriteria', en: 'review criteria' },
  editAssessment: { id: 'mengubah penilaian', en: 'change the assessment' },
  extendDeadline: { id: 'memperpanjang batas waktu', en: 'extend the deadline' },
  start: { id: 'memulai penilaian', en: 'start the assessment' },
  openConsensus: { id: 'membuka konsensus', en: 'open consensus' },
  closeConsensus: { id: 'menutup konsensus', en: 'close consensus' },
  sendBack: { id: 'mengembalikan untuk perbaikan', en: 'send it back for revision' },
  resubmit: { id: 'mengajukan kembali', en: 'resubmit' },
  finalise: { id: 'memfinalkan', en: 'finalise' },
} as const;
export type Doing = keyof typeof DOING;

const cacheKey = Symbol('assessmentCache');
type CachedCtx = Context & { [cacheKey]?: Map<string, Promise<AssessmentWithTeam | null>> };

/** The assessment of the caller's government with its team (cached per request), or NOT_FOUND. */
export async function loadAssessment(ctx: Context, id: string): Promise<AssessmentWithTeam> {
  const gid = governmentId(ctx);
  const c = ctx as CachedCtx;
  c[cacheKey] ??= new Map();
  let p = c[cacheKey].get(id);
  if (!p) {
    p = /^[0-9a-f-]{36}$/i.test(id)
      ? ctx.prisma.assessment.findFirst({
          where: { id, governmentId: gid },
          include: { members: { include: { user: { select: { id: true, name: true, email: true } } } } },
        })
      : Promise.resolve(null);
    c[cacheKey].set(id, p);
  }
  const a = await p;
  if (!a) throw notFound('Assessment');
  return a;
}

/** Forget the cached row after a write in this request. */
export function forgetAssessment(ctx: Context, id: string) {
  (ctx as CachedCtx)[cacheKey]?.delete(id);
}

export function myRoles(ctx: Context, a: AssessmentWithTeam): AssessmentRole[] {
  const user = requireUser(ctx);
  return [...new Set(a.members.filter((m) => m.userId === user.id).map((m) => m.role))];
}

export const isAdmin = (ctx: Context) => ctx.roles.has('ADMIN');

/**
 * Every assessor's answers and evidence: the coordinator, the reviewer and an
 * administrator always; the other team members once consensus opens; the
 * leadership (managers) once the assessment is final. Anyone else (a viewer,
 * a planner, an assessor of another assessment) sees the scores, not the answers.
 */
export function canSeeAllAnswers(ctx: Context, a: AssessmentWithTeam): boolean {
  if (isAdmin(ctx)) return true;
  const roles = myRoles(ctx, a);
  if (roles.includes('COORDINATOR') || roles.includes('REVIEWER')) return true;
  if (roles.length > 0 && OPEN_STATUSES.includes(a.status)) return true;
  return a.status === 'FINAL' && ctx.roles.has('MANAGER');
}

/**
 * The caller holds `role` in the assessment's team. An administrator counts as
 * the coordinator (not as an assessor or the reviewer), unless they are an
 * assessor or the reviewer of this very assessment.
 */
export function requireTeamRole(ctx: Context, a: AssessmentWithTeam, role: AssessmentRole) {
  const mine = myRoles(ctx, a);
  if (role === 'COORDINATOR' && isAdmin(ctx) && !mine.includes('ASSESSOR') && !mine.includes('REVIEWER')) return;
  if (!mine.includes(role)) {
    throw forbidden(
      role === 'COORDINATOR' ? 'assessment.onlyCoordinator' : role === 'ASSESSOR' ? 'assessment.onlyAssessor' : 'assessment.onlyReviewer',
    );
  }
}

export function requireStatus(a: Assessment, allowed: readonly AssessmentStatus[], doing: Doing) {
  const what = { doing: DOING[doing].id, doingEn: DOING[doing].en };
  if (a.status === 'FINAL') throw forbidden('assessment.final', what);
  if (!allowed.includes(a.status)) {
    throw forbidden('assessment.wrongStatus', {
      ...what,
      status: STATUS_LABEL[a.status].id,
      statusEn: STATUS_LABEL[a.status].en,
      allowed: allowed.map((s) => STATUS_LABEL[s].id).join(', '),
      allowedEn: allowed.map((s) => STATUS_LABEL[s].en).join(', '),
    });
  }
}

/** Whether the assessment's deadline has passed (assessors can no longer save). */
export const pastDeadline = (a: Assessment, now = Date.now()) => a.deadline !== null && a.deadline.getTime() < now;

/** Assessors save only until the deadline; the coordinator may extend it. */
export function requireBeforeDeadline(a: Assessment) {
  if (!pastDeadline(a)) return;
  const options = { timeZone: 'Asia/Jakarta', dateStyle: 'long', timeStyle: 'short' } as const;
  throw forbidden('assessment.pastDeadline', {
    when: a.deadline!.toLocaleString('id-ID', options),
    whenEn: a.deadline!.toLocaleString('en-GB', options),
  });
}

/**
 * The status (and deadline) checked again inside the write's transaction, with
 * the assessment row share-locked until it commits: a transition (an UPDATE of
 * that row) waits for the write, or the write sees the status it left. A save
 * can no longer land in a worksheet that moved on to consensus in between.
 */
export async function requireStatusInTransaction(
  tx: Prisma.TransactionClient,
  a: Assessment,
  allowed: readonly AssessmentStatus[],
  doing: Doing,
  opts: { beforeDeadline?: boolean } = {},
): Promise<Assessment> {
  const [row] = await tx.$queryRaw<{ status: AssessmentStatus; deadline: Date | null }[]>`
    SELECT status, deadline FROM "Assessment" WHERE id = ${a.id}::uuid FOR SHARE`;
  const current = { ...a, status: row?.status ?? a.status, deadline: row ? row.deadline : a.deadline };
  requireStatus(current, allowed, doing);
  if (opts.beforeDeadline) requireBeforeDeadline(current);
  return current;
}
