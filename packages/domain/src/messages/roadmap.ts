// Messages of the roadmap feature's API errors (keys '<group>.<name>', texts in both languages).
import type { MessageCatalog } from './types.ts';

export const ROADMAP_MESSAGES = {} as const satisfies MessageCatalog;
