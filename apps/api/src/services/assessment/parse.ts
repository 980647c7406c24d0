import type { z } from 'zod';
import { badInput } from '../../errors.ts';

/** Parses input with a Zod schema; the first problem becomes BAD_USER_INPUT naming the field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(issue?.message ?? 'Masukan tidak valid', issue?.path.join('.'));
  }
  return parsed.data;
}
