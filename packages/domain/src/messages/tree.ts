// Messages of the tree feature's API errors (keys '<group>.<name>', texts in both languages).
import type { MessageCatalog } from './types.ts';

export const TREE_MESSAGES = {
  'tree.cycle': {
    id: 'Simpul tidak dapat dipindahkan ke bawah dirinya sendiri atau turunannya.',
    en: 'A node cannot be moved under itself or one of its own descendants.',
  },
  'tree.tooDeep': {
    id: 'Pohon kinerja paling dalam sampai level {{max}}.',
    en: 'A performance tree goes down to level {{max}} at most.',
  },
  'tree.badLevel': {
    id: 'Level simpul tidak sesuai dengan induknya: simpul ini paling tinggi di level {{min}}.',
    en: 'The node’s level does not fit its parent: it can be at level {{min}} or deeper.',
  },
  'tree.parentDeleted': {
    id: 'Simpul induknya sudah dihapus; pulihkan simpul induk lebih dahulu.',
    en: 'Its parent node was deleted; restore the parent first.',
  },
} as const satisfies MessageCatalog;
