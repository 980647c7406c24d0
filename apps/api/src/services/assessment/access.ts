// Who may see and do what on one assessment. The team (AssessmentMember) decides:
// assessors fill in their own worksheet, the coordinator runs consensus, the
// reviewer reviews; an administrator of the government may do everything a
// coordinator may, and reopen a final assessment.
import type { Assessment, AssessmentRole, AssessmentStatus } from '@rb/db';
import { type Context, governmentId, requireUser } from '../../context.ts';
import { forbidden, notFound } from '../../errors.ts';

export type AssessmentWithTeam = Assessment & {
  members: { userId: string; role: AssessmentRole; user: { id: string; name: string; email: string } }[];
};

/** Statuses from which every team member sees every assessor's answers. */
export const OPEN_STATUSES: readonly AssessmentStatus[] = ['CONSENSUS', 'IN_REVIEW', 'NEEDS_REVISION', 'FINAL'];

export const STATUS_LABEL: Record<AssessmentStatus, string> = {
  DRAFT: 'draf',
  IN_ASSESSMENT: 'penilaian',
  CONSENSUS: 'konsensus',
  IN_REVIEW: 'reviu',
  NEEDS_REVISION: 'perlu perbaikan',
  FINAL: 'final',
};

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
  if (!a) throw notFound('Penilaian');
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

export function canSeeAllAnswers(ctx: Context, a: AssessmentWithTeam): boolean {
  if (isAdmin(ctx)) return true;
  const roles = myRoles(ctx, a);
  return roles.includes('COORDINATOR') || roles.includes('REVIEWER') || OPEN_STATUSES.includes(a.status);
}

export function requireTeamRole(ctx: Context, a: AssessmentWithTeam, role: AssessmentRole, allowAdmin = true) {
  if (allowAdmin && isAdmin(ctx)) return;
  if (!myRoles(ctx, a).includes(role)) {
    const who = { COORDINATOR: 'koordinator', ASSESSOR: 'asesor', REVIEWER: 'reviewer' }[role];
    throw forbidden(`Hanya ${who} dalam tim penilaian ini yang dapat melakukan ini`);
  }
}

export function requireStatus(a: Assessment, allowed: readonly AssessmentStatus[], doing: string) {
  if (a.status === 'FINAL') throw forbidden(`Penilaian sudah final dan terkunci: tidak dapat ${doing}`);
  if (!allowed.includes(a.status)) {
    throw forbidden(
      `Tidak dapat ${doing} pada status ${STATUS_LABEL[a.status]} (hanya pada status ${allowed.map((s) => STATUS_LABEL[s]).join(', ')})`,
    );
  }
}

/** Whether the assessment's deadline has passed (assessors can no longer save). */
export const pastDeadline = (a: Assessment, now = Date.now()) => a.deadline !== null && a.deadline.getTime() < now;

/** Assessors save only until the deadline; the coordinator may extend it. */
export function requireBeforeDeadline(a: Assessment) {
  if (!pastDeadline(a)) return;
  const when = a.deadline!.toLocaleString('id-ID', { timeZone: 'Asia/Jakarta', dateStyle: 'long', timeStyle: 'short' });
  throw forbidden(
    `Batas waktu pengisian (${when} WIB) telah lewat; jawaban tidak dapat disimpan lagi. Minta koordinator memperpanjang batas waktu.`,
  );
}
