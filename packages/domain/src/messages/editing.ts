// Messages of the editing feature's API errors (keys '<group>.<name>', texts in both languages).
import type { MessageCatalog } from './types.ts';

export const EDITING_MESSAGES = {} as const satisfies MessageCatalog;
