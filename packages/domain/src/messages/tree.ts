// Messages of the tree feature's API errors (keys '<group>.<name>', texts in both languages).
import type { MessageCatalog } from './types.ts';

export const TREE_MESSAGES = {} as const satisfies MessageCatalog;
