// Benchmark hooks (ARCHITECTURE.md): a performance mark set once per page load.
import { useEffect, useLayoutEffect } from 'react';

export function markOnce(name: string) {
  if (typeof performance === 'undefined' || performance.getEntriesByName(name, 'mark').length > 0) return;
  performance.mark(name);
}

/** Marks `name` when `ready` first becomes true. */
export function useMarkWhen(name: string, ready: boolean) {
  useEffect(() => {
    if (ready) markOnce(name);
  }, [name, ready]);
}

/** Marks `name` in the first animation frame after a commit with `ready` true (children committed). */
export function useMarkAfterPaint(name: string, ready: boolean) {
  useLayoutEffect(() => {
    if (!ready) return;
    const frame = requestAnimationFrame(() => markOnce(name));
    return () => cancelAnimationFrame(frame);
  }, [name, ready]);
}
