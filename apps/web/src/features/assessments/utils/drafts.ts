// Unsaved worksheet answers kept in the browser (localStorage) until the API
// confirms them, so nothing typed is lost on reload, crash or network failure.

export interface AnswerContent {
  value: string | null;
  note: string | null;
}

export interface StoredDraft extends AnswerContent {
  /** The server version the draft was made on (null: no answer yet). */
  base: number | null;
  at: number;
}

export type Drafts = Record<string, StoredDraft>;

/** One key per assessment and assessor: two people sharing a browser keep separate drafts. */
export const draftKey = (assessmentId: string, userId: string) => `rb:worksheet:${assessmentId}:${userId}`;

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readDrafts(storage: StorageLike, key: string): Drafts {
  try {
    const raw = storage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const out: Drafts = {};
    for (const [id, d] of Object.entries(parsed as Record<string, Partial<StoredDraft>>)) {
      if (typeof d !== 'object' || d === null) continue;
      out[id] = {
        value: typeof d.value === 'string' ? d.value : null,
        note: typeof d.note === 'string' ? d.note : null,
        base: typeof d.base === 'number' ? d.base : null,
        at: typeof d.at === 'number' ? d.at : 0,
      };
    }
    return out;
  } catch {
    return {};
  }
}

/** Writes the drafts (removes the key when none are left). False when the browser refused. */
export function writeDrafts(storage: StorageLike, key: string, drafts: Drafts): boolean {
  try {
    if (Object.keys(drafts).length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(drafts));
    return true;
  } catch {
    return false;
  }
}

/** Same answer and note (a blank note equals no note). */
export const sameContent = (a: AnswerContent, b: AnswerContent) =>
  (a.value ?? null) === (b.value ?? null) && (a.note ?? '') === (b.note ?? '');

/** Drafts the server already has (saved before the page closed): safe to drop. */
export function alreadySaved(drafts: Drafts, server: ReadonlyMap<string, AnswerContent>): string[] {
  return Object.entries(drafts)
    .filter(([id, d]) => {
      const s = server.get(id);
      return s !== undefined && sameContent(d, s);
    })
    .map(([id]) => id);
}
