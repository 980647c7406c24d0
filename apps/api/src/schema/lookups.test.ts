// Every query that looks one thing up by id answers "not found" (null, or
// NOT_FOUND) for an id that is malformed or unknown — never a server error.
// The cases are enumerated from the schema, so a new lookup is covered
// without writing a test for it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi } from '../testing/harness.ts';
import { buildSchema, idArgsOfLookup } from './index.ts';

const schema = buildSchema();
const queryFields = Object.values(schema.getQueryType()!.getFields());

/** A value for a required argument that is not the id under test. */
function sample(typeName: string): unknown {
  const type = schema.getType(typeName);
  if (type && 'getValues' in type) return type.getValues()[0]!.value;
  if (type && 'getFields' in type) return undefined;
  return { Int: 2026, Float: 1, String: 'x', Boolean: false, ID: randomUUID() }[typeName];
}

function operationFor(field: (typeof queryFields)[number], idArg: string) {
  const vars: string[] = [];
  const args: string[] = [];
  for (const arg of field.args) {
    if (arg.name !== idArg && !String(arg.type).endsWith('!')) continue;
    vars.push(`$${arg.name}: ${arg.type.toString()}`);
    args.push(`${arg.name}: $${arg.name}`);
  }
  const named = schema.getType(String(field.type).replace(/[[\]!]/g, ''));
  const selection = named && 'getFields' in named && 'getInterfaces' in named ? ' { __typename }' : '';
  return `query (${vars.join(', ')}) { ${field.name}(${args.join(', ')})${selection} }`;
}

const cases = queryFields.flatMap((field) => idArgsOfLookup(field).map((idArg) => ({ field, idArg })));

describeApi('lookups by id', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('covers the lookups of the schema', () => {
    const names = cases.map((c) => c.field.name);
    for (const known of ['workPlan', 'indicator', 'performanceTree', 'assessment']) expect(names).toContain(known);
  });

  it.each(['not-a-uuid', '12345', "1' OR '1'='1", 'unknown-uuid'])('answers not found for id %s in every lookup', async (kind) => {
    const admin = await api.as('admin@probolinggo.demo', 'probolinggo');
    const failures: string[] = [];
    for (const { field, idArg } of cases) {
      const variables: Record<string, unknown> = {};
      for (const arg of field.args) {
        if (arg.name === idArg) variables[arg.name] = kind === 'unknown-uuid' ? randomUUID() : kind;
        else if (String(arg.type).endsWith('!')) variables[arg.name] = sample(String(arg.type).replace(/[[\]!]/g, ''));
      }
      const r = await admin.gql(operationFor(field, idArg), variables);
      const code = r.errors?.[0]?.extensions?.code;
      const ok = r.errors?.length ? code === 'NOT_FOUND' : r.data?.[field.name] === null;
      if (!ok) failures.push(`${field.name}(${idArg}): ${JSON.stringify(r.errors ?? r.data)}`);
    }
    expect(failures).toEqual([]);
  });
});
