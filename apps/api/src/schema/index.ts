// Builds the executable schema from the SDL files and the resolvers, and
// enforces the access rule of every root field in this one place.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { Role } from '@rb/db';
import { type Context, governmentId, hasRole, requireUser } from '../context.ts';
import { forbidden } from '../errors.ts';
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
      return {
        ...field,
        resolve(source, args, ctx: Context, info) {
          requireUser(ctx);
          governmentId(ctx);
          if (rule.roles && !hasRole(ctx, rule.roles)) throw forbidden('Your role does not allow this');
          return resolve(source, args, ctx, info);
        },
      };
    },
  });
}
