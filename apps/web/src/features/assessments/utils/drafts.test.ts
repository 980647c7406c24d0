import { describe, expect, it } from 'vitest';
import { alreadySaved, draftKey, readDrafts, sameContent, writeDrafts } from './drafts.ts';

class MemoryStorage {
  data = new Map<string, string>();
  full = false;
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.full) throw new Error('QuotaExceededError');
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

describe('worksheet drafts in the browser', () => {
  const key = draftKey('a1', 'u1');

  it('keeps drafts per assessment and assessor, and reads back what was written', () => {
    expect(key).not.toBe(draftKey('a1', 'u2'));
    const storage = new MemoryStorage();
    const drafts = { c1: { value: 'YA', note: 'SK ada', base: 2, at: 1 }, c2: { value: null, note: 'catatan', base: null, at: 2 } };
    expect(writeDrafts(storage, key, drafts)).toBe(true);
    expect(readDrafts(storage, key)).toEqual(drafts);
    expect(writeDrafts(storage, key, {})).toBe(true);
    expect(storage.data.has(key)).toBe(false);
  });

  it('survives broken or foreign content and a full storage', () => {
    const storage = new MemoryStorage();
    storage.data.set(key, '{not json');
    expect(readDrafts(storage, key)).toEqual({});
    storage.data.set(key, JSON.stringify({ c1: { value: 5, note: 'x', base: 'y' }, c2: null }));
    expect(readDrafts(storage, key)).toEqual({ c1: { value: null, note: 'x', base: null, at: 0 } });
    storage.full = true;
    expect(writeDrafts(storage, key, { c1: { value: 'A', note: null, base: 1, at: 1 } })).toBe(false);
  });

  it('drops on reload only the drafts the server already has', () => {
    const drafts = {
      c1: { value: 'YA', note: null, base: 1, at: 1 },
      c2: { value: 'B', note: 'baru', base: 1, at: 1 },
      c3: { value: 'A', note: '', base: null, at: 1 },
    };
    const server = new Map([
      ['c1', { value: 'YA', note: '' }],
      ['c2', { value: 'B', note: 'lama' }],
    ]);
    expect(alreadySaved(drafts, server)).toEqual(['c1']);
    expect(sameContent({ value: null, note: null }, { value: null, note: '' })).toBe(true);
    expect(sameContent({ value: 'A', note: null }, { value: 'B', note: null })).toBe(false);
  });
});
