// Messages of the indicators feature's API errors (keys '<group>.<name>', texts in both languages).
import type { MessageCatalog } from './types.ts';

export const INDICATORS_MESSAGES = {} as const satisfies MessageCatalog;
