// Messages of the organization feature's API errors (keys '<group>.<name>', texts in both languages).
import type { MessageCatalog } from './types.ts';

export const ORGANIZATION_MESSAGES = {} as const satisfies MessageCatalog;
