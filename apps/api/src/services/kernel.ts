// The one way a mutation is written:
//
//   export const renameThing = (ctx: Context, input: unknown) =>
//     write(ctx, async (w) => {
//       const data = parseInput(ZRenameThing, input);                // Zod; first issue → BAD_USER_INPUT + messageKey + field
//       const row = await w.find(w.tx.thing, 'Thing', data.id);      // the caller's government only, else NOT_FOUND
//       return w.update(w.tx.thing, 'Thing', { id, version, data: { name } });  // id + version + government in one
//     });                                                            // statement, audited; stale → CONFLICT with the current row
//
// `write` opens one transaction (with explicit timeouts), knows the caller's
// government and writes the audit entries of every change made through it, so
// a refused call changes nothing. Errors carry message keys (@rb/domain
// MESSAGES) that the web translates.
import type { AuditAction, Prisma, Role } from '@rb/db';
import { type EntityName, isMessageKey, type MessageParams } from '@rb/domain';
import type { z } from 'zod';
import { type Context, governmentId } from '../context.ts';
import { badInput, forbidden, notFound, staleVersion } from '../errors.ts';
import { audit } from './audit.ts';

export type Tx = Prisma.TransactionClient;

/** How long a write may wait for its connection and run (Prisma's defaults are 2 s / 5 s). */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;

type Where = Record<string, unknown>;

/** The part of a Prisma model delegate the kernel uses (structural, so any model fits). */
export interface Delegate<Row> {
  findFirst(args: { where: Where; include?: never }): Prisma.PrismaPromise<Row | null> | Promise<Row | null>;
  updateManyAndReturn(args: { where: Where; data: Where }): Prisma.PrismaPromise<Row[]> | Promise<Row[]>;
  deleteMany(args: { where: Where }): Prisma.PrismaPromise<{ count: number }> | Promise<{ count: number }>;
  create(args: { data: never }): Prisma.PrismaPromise<Row> | Promise<Row>;
}

type Versioned = { id: string; version: number };

/** Parses input with a Zod schema; the first issue becomes BAD_USER_INPUT with its message key, field and limits. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  const key = isMessageKey(issue?.message) ? issue.message : 'validation.invalid';
  const params: MessageParams = {};
  if (issue && 'maximum' in issue && typeof issue.maximum === 'number') params.max = issue.maximum;
  if (issue && 'minimum' in issue && typeof issue.minimum === 'number') params.min = issue.minimum;
  if (field) params.field = field;
  throw badInput(key, field, params);
}

export interface Writer {
  readonly tx: Tx;
  readonly ctx: Context;
  /** The caller's government. */
  readonly gid: string;
  /** A row of the caller's government (or matching `scope`), else NOT_FOUND naming `what`. */
  find<Row>(delegate: Delegate<Row>, what: EntityName, id: string, scope?: Where): Promise<Row>;
  /** Creates a row and audits it. `governmentId` is added unless `scoped: false`. */
  create<Row extends { id: string }>(delegate: Delegate<Row>, what: EntityName, data: Where, opts?: { scoped?: boolean }): Promise<Row>;
  /**
   * Updates a row if it still has `version` (one statement: id + version +
   * scope), bumps its version and audits before/after. A stale version →
   * CONFLICT carrying `view(current)`; nothing is changed.
   */
  update<Row extends Versioned>(
    delegate: Delegate<Row>,
    what: EntityName,
    args: { id: string; version: number; data: Where; scope?: Where; view?: (row: Row) => unknown; action?: AuditAction },
  ): Promise<Row>;
  /**
   * Deletes a row if it still has `version` (one statement), audits the row as
   * it was (or `record`: what a restore needs, e.g. with its children).
   */
  remove<Row extends Versioned>(
    delegate: Delegate<Row>,
    what: EntityName,
    args: { id: string; version: number; scope?: Where; view?: (row: Row) => unknown; record?: unknown },
  ): Promise<Row>;
  /** An audit entry for a change made otherwise (bulk copies, links). */
  audit(entity: EntityName | (string & {}), entityId: string, action: AuditAction, before?: unknown, after?: unknown): Promise<unknown>;
}

/** Runs `fn` in one transaction for the caller's government. */
export function write<T>(ctx: Context, fn: (w: Writer) => Promise<T>): Promise<T> {
  const gid = governmentId(ctx);
  return ctx.prisma.$transaction((tx) => fn(writer(tx, ctx, gid)), TRANSACTION_OPTIONS);
}

/** A writer over a transaction that is already open (for services composing several writes). */
export function writer(tx: Tx, ctx: Context, gid: string): Writer {
  const scoped = (scope: Where | undefined) => scope ?? { governmentId: gid };
  const w: Writer = {
    tx,
    ctx,
    gid,
    async find(delegate, what, id, scope) {
      if (!isUuid(id)) throw notFound(what);
      const row = await delegate.findFirst({ where: { id, ...scoped(scope) } });
      if (!row) throw notFound(what);
      return row;
    },
    async create(delegate, what, data, opts) {
      const row = await delegate.create({ data: (opts?.scoped === false ? data : { governmentId: gid, ...data }) as never });
      await audit(tx, ctx, { entity: what, entityId: row.id, action: 'CREATE', after: row });
      return row;
    },
    async update(delegate, what, { id, version, data, scope, view, action }) {
      const before = await w.find(delegate, what, id, scope);
      if (before.version !== version) throw staleVersion(what, before, view as never);
      const [after] = await delegate.updateManyAndReturn({
        where: { id, version, ...scoped(scope) },
        data: { ...data, version: { increment: 1 } },
      });
      if (!after) {
        const current = await w.find(delegate, what, id, scope);
        throw staleVersion(what, current, view as never);
      }
      await audit(tx, ctx, { entity: what, entityId: id, action: action ?? 'UPDATE', before, after });
      return after;
    },
    async remove(delegate, what, { id, version, scope, view, record }) {
      const before = await w.find(delegate, what, id, scope);
      if (before.version !== version) throw staleVersion(what, before, view as never);
      const { count } = await delegate.deleteMany({ where: { id, version, ...scoped(scope) } });
      if (count !== 1) {
        const current = await w.find(delegate, what, id, scope);
        throw staleVersion(what, current, view as never);
      }
      await audit(tx, ctx, { entity: what, entityId: id, action: 'DELETE', before: record ?? before });
      return before;
    },
    audit(entity, entityId, action, before, after) {
      return audit(tx, ctx, { entity, entityId, action, before, after });
    },
  };
  return w;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** True for an id PostgreSQL's uuid type accepts: a malformed id is simply not found. */
export function isUuid(id: unknown): id is string {
  return typeof id === 'string' && UUID.test(id);
}

/**
 * Refuses an agency that is not the government's, as if it did not exist. An archived
 * agency is accepted (rows that name it keep it when re-saved); pickers offer only active ones.
 */
export async function checkAgency(w: Writer, agencyId: string | null | undefined, field = 'agencyId') {
  if (!agencyId) return;
  const agency = isUuid(agencyId)
    ? await w.tx.agency.findFirst({ where: { id: agencyId, governmentId: w.gid }, select: { id: true } })
    : null;
  if (!agency) throw badInput('error.unknownAgency', field);
}

/**
 * The agency scope rule for writes: the caller needs a membership with one of
 * `roles` (ADMIN always counts) that covers `agencyId`. A government-wide
 * membership covers everything; one limited to an agency covers that agency
 * and its sub-units, and not the government's own rows (`agencyId` null).
 * Refused → FORBIDDEN 'error.agencyScope'.
 */
export async function requireScope(w: Writer, roles: readonly Role[], agencyId: string | null | undefined) {
  // Read the agency tree through the write's transaction: on the embedded database (one
  // connection) a read outside it would wait for the transaction to end.
  if (!(await inScope(w.ctx, roles, agencyId ?? null, w.tx))) throw forbidden('error.agencyScope');
}

async function agencyParentsIn(tx: Tx, gid: string): Promise<Map<string, string | null>> {
  const rows = await tx.agency.findMany({ where: { governmentId: gid }, select: { id: true, parentId: true } });
  return new Map(rows.map((a) => [a.id, a.parentId]));
}

/**
 * Whether the caller's memberships with `roles` (or ADMIN, unless
 * `adminCounts: false`) cover `agencyId` (see requireScope). Inside a write
 * pass its transaction as `tx`.
 */
export async function inScope(
  ctx: Context,
  roles: readonly Role[],
  agencyId: string | null,
  tx?: Tx,
  opts: { adminCounts?: boolean } = {},
): Promise<boolean> {
  const gid = ctx.government?.id;
  if (!ctx.user || !gid) return false;
  const adminCounts = opts.adminCounts ?? true;
  const mine = ctx.memberships.filter((m) => m.governmentId === gid && ((adminCounts && m.role === 'ADMIN') || roles.includes(m.role)));
  if (mine.some((m) => m.agencyId === null)) return true;
  if (!agencyId) return false;
  const parents = tx ? await agencyParentsIn(tx, gid) : await ctx.loaders.agencyParents.load(gid);
  const chain = new Set<string>();
  for (let a: string | null | undefined = agencyId; a && !chain.has(a); a = parents.get(a)) chain.add(a);
  return mine.some((m) => m.agencyId !== null && chain.has(m.agencyId));
}
