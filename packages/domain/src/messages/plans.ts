// Messages of the plans feature's API errors (keys '<group>.<name>', texts in both languages).
import type { MessageCatalog } from './types.ts';

export const PLANS_MESSAGES = {} as const satisfies MessageCatalog;
