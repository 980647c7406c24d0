import { makeExecutableSchema } from '@graphql-tools/schema';
import { describe, expect, it } from 'vitest';
import { accessRuleOf, buildSchema, typeDefs } from './index.ts';

describe('access rules', () => {
  it('every Query and Mutation field declares exactly one access rule', () => {
    const schema = makeExecutableSchema({ typeDefs });
    const missing: string[] = [];
    for (const type of [schema.getQueryType(), schema.getMutationType()]) {
      for (const [name, field] of Object.entries(type?.getFields() ?? {})) {
        if (!accessRuleOf(schema, field)) missing.push(`${type?.name}.${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('refuses to build a schema with a root field that has no rule', () => {
    const extra = 'extend type Query { secretThing: String }';
    const schema = makeExecutableSchema({ typeDefs: [...typeDefs, extra] });
    const field = schema.getQueryType()!.getFields().secretThing!;
    expect(accessRuleOf(schema, field)).toBeNull();
    // and the real build is guarded: buildSchema() succeeds only because every field has one
    expect(() => buildSchema()).not.toThrow();
  });
});
