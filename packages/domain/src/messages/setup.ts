// Messages of the setup feature's API errors (keys '<group>.<name>', texts in both languages).
import type { MessageCatalog } from './types.ts';

export const SETUP_MESSAGES = {} as const satisfies MessageCatalog;
