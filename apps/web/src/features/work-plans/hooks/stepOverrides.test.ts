import { describe, expect, it, vi } from 'vitest';
import { StepOverrides } from './stepOverrides.ts';

describe('StepOverrides (edits on their way to the server)', () => {
  it('notifies only the edited step and merges edits in flight', () => {
    const store = new StepOverrides();
    const a = vi.fn();
    const b = vi.fn();
    store.subscribe('a', a);
    store.subscribe('b', b);
    store.set('a', { months: [1] });
    store.set('a', { name: 'Rapat' });
    expect(store.get('a')).toEqual({ months: [1], name: 'Rapat' });
    expect(a).toHaveBeenCalledTimes(2);
    expect(b).not.toHaveBeenCalled();
  });

  it('applies until the cached version holds the saved edit', () => {
    const store = new StepOverrides();
    store.set('a', { months: [1, 2] });
    expect(store.effective('a', 3)).toEqual({ months: [1, 2] });
    store.settle('a', 4);
    expect(store.effective('a', 3)?.months).toEqual([1, 2]);
    expect(store.effective('a', 4)).toBeUndefined();
  });

  it('starts afresh after a settled edit, and drops a failed one', () => {
    const store = new StepOverrides();
    store.set('a', { months: [1], name: 'Lama' });
    store.settle('a', 2);
    store.set('a', { months: [5] });
    expect(store.get('a')).toEqual({ months: [5] });
    const listener = vi.fn();
    const stop = store.subscribe('a', listener);
    store.clear('a');
    expect(store.get('a')).toBeUndefined();
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    store.set('a', { months: [6] });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
