// Builds the executable schema from the SDL files and the resolvers, and
// enforces the access rule of every root field in this one place.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLFieldConfig, type GraphQLSchema } from 'graphql';
import type { Role } from '@rb/db';
import { type Context, governmentId, hasRole, requirePasswordChanged, requireUser } from '../context.ts';
import { forbidden } from '../errors.ts';
import { isUuid } from '../services/kernel.ts';
import { resolvers } from '../resolvers/index.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
export const typeDefs = readdirSync(dir)
  .filter((f) => f.endsWith('.graphql'))
  .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)))
  .map((f) => readFileSync(`${dir}/${f}`, 'utf8'));

export type AccessRule = { kind: 'public' } | { kind: 'auth'; roles: Role[] | null };

/** The access rule a root field declares, or null when it declares none (or both). */
export function accessRuleOf(schema: GraphQLSchema, field: Parameters<typeof getDirective>[1]): AccessRule | null {
  const pub = getDirective(schema, field, 'public')?.[0];
  const auth = getDirective(schema, field, 'auth')?.[0] as { roles?: Role[] } | undefined;
  if (pub && auth) return null;
  if (pub) return { kind: 'public' };
  if (auth) return { kind: 'auth', roles: auth.roles?.length ? auth.roles : null };
  return null;
}

export function buildSchema(): GraphQLSchema {
  const base = makeExecutableSchema({ typeDefs, resolvers });
  const rootTypes = new Set(['Query', 'Mutation']);
  return mapSchema(base, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      if (!rootTypes.has(typeName)) return field;
      const rule = accessRuleOf(base, field);
      if (!rule) throw new Error(`${typeName}.${fieldName} declares no access rule (@public or @auth)`);
      if (rule.kind === 'public') return field;
      const resolve = field.resolve ?? defaultFieldResolver;
      const lookupIds = typeName === 'Query' ? idArgsOfLookup(field) : [];
      return {
        ...field,
        resolve(source, args, ctx: Context, info) {
          requireUser(ctx);
          requirePasswordChanged(ctx, fieldName);
          governmentId(ctx);
          if (rule.roles && !hasRole(ctx, rule.roles)) throw forbidden('error.roleNotAllowed');
          // A lookup by an id that cannot exist (a mistyped or truncated link) is simply not found.
          for (const name of lookupIds) if (args[name] != null && !isUuid(args[name])) return null;
          return resolve(source, args, ctx, info);
        },
      };
    },
  });
}

/**
 * The ID arguments of a query field that returns one nullable thing (a lookup
 * such as `workPlan(id:)`): a malformed id there answers null ("not found")
 * instead of reaching the database.
 */
export function idArgsOfLookup(field: {
  type: unknown;
  args?: GraphQLFieldConfig<unknown, unknown>['args'] | readonly { name: string; type: unknown }[];
}): string[] {
  // By the types' names: graphql-js's instanceof checks fail across module copies (ESM/CJS) in tests.
  if (String(field.type).endsWith('!')) return [];
  const args = Array.isArray(field.args) ? field.args.map((a) => [a.name, a] as const) : Object.entries(field.args ?? {});
  return args.filter(([, arg]) => ['ID', 'ID!'].includes(String(arg.type))).map(([name]) => name);
}
