// Messages of the assessment feature's API errors (keys '<group>.<name>', texts in both languages).
import type { MessageCatalog } from './types.ts';

export const ASSESSMENT_MESSAGES = {} as const satisfies MessageCatalog;
