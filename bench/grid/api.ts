// The API side of the grid: the work-plan GraphQL query (the one the grid
// sends, captured from the page) timed over HTTP against the raw SQL reading
// the same rows through the same PGlite database, and its SQL statement count.
import type { Database } from '@rb/db';
import { fetchRetrying } from '../lib/browser.ts';
import { median } from '../lib/report.ts';
import type { CapturedOperation } from './browser.ts';

/** Used when the page could not be observed: the plan with its grid rows (schema of the foundation). */
export const FALLBACK_QUERY = `query WorkPlan($id: ID!) {
  workPlan(id: $id) {
    id kind year title regulationRef status version stepCount
    agency { id name shortName }
    programs { id code name }
    activities {
      id code name budget programId sortOrder version
      area { id kind name sortOrder }
      indicator { id code name unit }
      actions {
        id code name output responsibleText years successCriteria sortOrder version
        responsibleAgency { id name shortName }
        steps {
          id name output successCriteria responsibleText months sortOrder version
          responsibleAgency { id name shortName }
          realizations { id month status note evidenceLinks version }
        }
      }
    }
  }
}`;

/** The operation to replay for another plan: the captured one with the plan id swapped. */
export function operationFor(captured: CapturedOperation | undefined, capturedPlanId: string, planId: string): CapturedOperation {
  if (!captured) return { query: FALLBACK_QUERY, variables: { id: planId }, operationName: 'WorkPlan' };
  const variables = JSON.parse(JSON.stringify(captured.variables).replaceAll(capturedPlanId, planId)) as Record<string, unknown>;
  return { ...captured, variables };
}

/** Picks the captured operation that reads the plan's steps (the grid's query). */
export function gridOperation(captured: CapturedOperation[]): CapturedOperation | undefined {
  return captured.find((op) => /\bmonths\b/.test(op.query)) ?? captured[0];
}

export async function postGraphql(url: string, cookie: string, government: string, op: CapturedOperation) {
  const t0 = performance.now();
  const response = await fetchRetrying(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-government': government },
    body: JSON.stringify(op),
  });
  const text = await response.text();
  const ms = performance.now() - t0;
  const body = JSON.parse(text) as { errors?: { message: string }[]; data?: unknown };
  if (!response.ok || body.errors?.length)
    throw new Error(`GraphQL ${op.operationName ?? ''} failed: ${JSON.stringify(body.errors ?? response.status)}`);
  return { ms, bytes: text.length, body };
}

/** The bytes the answer takes on the wire when the browser accepts brotli and gzip (as Chromium does). */
export async function wireBytes(
  url: string,
  cookie: string,
  government: string,
  op: CapturedOperation,
): Promise<{ bytes: number; encoding: string }> {
  const { request } = await import('node:http');
  const body = JSON.stringify(op);
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/graphql`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'accept-encoding': 'gzip, deflate, br',
          cookie,
          'x-government': government,
        },
      },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        res.on('end', () => resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'identity') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Median time of the operation over `runs` requests (after 2 warm-up requests) and its SQL statement count. */
export async function timeOperation(db: Database, url: string, cookie: string, government: string, op: CapturedOperation, runs: number) {
  for (let i = 0; i < 2; i++) await postGraphql(url, cookie, government, op);
  const times: number[] = [];
  let queries = 0;
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    db.resetQueryCount();
    const r = await postGraphql(url, cookie, government, op);
    queries = db.queryCount();
    bytes = r.bytes;
    times.push(r.ms);
  }
  return { ms: median(times), queries, bytes };
}

/**
 * The rows the work-plan query reads, with raw SQL through the same PGlite
 * instance: plan, activities with area and indicator, actions and steps with
 * their responsible agency, realizations.
 */
export async function timeRawSql(db: Database, workPlanId: string, runs: number) {
  const pg = db.pglite;
  if (!pg) throw new Error('raw SQL needs the PGlite instance');
  const read = async () => {
    const plan = await pg.query('SELECT * FROM "WorkPlan" WHERE id = $1', [workPlanId]);
    const activities = await pg.query(
      `SELECT a.*, ar.kind AS "areaKind", ar.name AS "areaName", ar."sortOrder" AS "areaSortOrder",
              i.code AS "indicatorCode", i.name AS "indicatorName", i.unit AS "indicatorUnit"
         FROM "Activity" a LEFT JOIN "Area" ar ON ar.id = a."areaId" LEFT JOIN "Indicator" i ON i.id = a."indicatorId"
        WHERE a."workPlanId" = $1 ORDER BY a."sortOrder", a.id`,
      [workPlanId],
    );
    const actions = await pg.query(
      `SELECT c.*, g.name AS "agencyName", g."shortName" AS "agencyShortName"
         FROM "Action" c JOIN "Activity" a ON a.id = c."activityId" LEFT JOIN "Agency" g ON g.id = c."responsibleAgencyId"
        WHERE a."workPlanId" = $1 ORDER BY c."activityId", c."sortOrder", c.id`,
      [workPlanId],
    );
    const steps = await pg.query(
      `SELECT s.*, g.name AS "agencyName", g."shortName" AS "agencyShortName"
         FROM "Step" s JOIN "Action" c ON c.id = s."actionId" JOIN "Activity" a ON a.id = c."activityId"
         LEFT JOIN "Agency" g ON g.id = s."responsibleAgencyId"
        WHERE a."workPlanId" = $1 ORDER BY s."actionId", s."sortOrder", s.id`,
      [workPlanId],
    );
    const realizations = await pg.query(
      `SELECT r.* FROM "StepRealization" r JOIN "Step" s ON s.id = r."stepId" JOIN "Action" c ON c.id = s."actionId"
         JOIN "Activity" a ON a.id = c."activityId" WHERE a."workPlanId" = $1 ORDER BY r."stepId", r.month`,
      [workPlanId],
    );
    return plan.rows.length + activities.rows.length + actions.rows.length + steps.rows.length + realizations.rows.length;
  };
  let rows = 0;
  for (let i = 0; i < 2; i++) rows = await read();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    rows = await read();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), rows };
}
