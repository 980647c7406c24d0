// Edits of steps that are on their way to the server, shown at once. A month
// toggle paints through this store (only the toggled row re-renders) rather
// than through an Apollo optimistic layer, which would re-read the whole plan
// (thousands of steps) on every click. When the save settles the entry is
// removed and the row shows the cache again (the saved value, or the old one
// after a failure).
import { useCallback, useSyncExternalStore } from 'react';

export interface StepOverride {
  /** Set once the save succeeded: the cache holds the edit from this version on. */
  settledVersion?: number;
  months?: number[];
  name?: string;
  output?: string | null;
  successCriteria?: string | null;
  responsibleText?: string | null;
}

export class StepOverrides {
  private values = new Map<string, StepOverride>();
  private listeners = new Map<string, Set<() => void>>();

  get(id: string): StepOverride | undefined {
    return this.values.get(id);
  }

  /** The override while the given (cached) version does not hold it yet. */
  effective(id: string, cachedVersion: number): StepOverride | undefined {
    const value = this.values.get(id);
    if (!value) return undefined;
    if (value.settledVersion !== undefined && cachedVersion >= value.settledVersion) return undefined;
    return value;
  }

  /** The save went through: the override holds until the grid shows that version. */
  settle(id: string, version: number) {
    const value = this.values.get(id);
    if (value) this.values.set(id, { ...value, settledVersion: version });
  }

  set(id: string, value: StepOverride) {
    const old = this.values.get(id);
    // A settled override is already in the cache: a new edit starts afresh.
    this.values.set(id, { ...(old?.settledVersion === undefined ? old : undefined), ...value });
    this.emit(id);
  }

  clear(id: string) {
    if (this.values.delete(id)) this.emit(id);
  }

  subscribe(id: string, listener: () => void) {
    let set = this.listeners.get(id);
    if (!set) {
      set = new Set();
      this.listeners.set(id, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(id);
    };
  }

  private emit(id: string) {
    for (const listener of this.listeners.get(id) ?? []) listener();
  }
}

/** The pending edit of one step not yet in `cachedVersion`; re-renders only its subscriber. */
export function useStepOverride(store: StepOverrides, id: string | null, cachedVersion: number): StepOverride | undefined {
  const subscribe = useCallback((listener: () => void) => (id ? store.subscribe(id, listener) : () => {}), [store, id]);
  return useSyncExternalStore(subscribe, () => (id ? store.effective(id, cachedVersion) : undefined));
}
