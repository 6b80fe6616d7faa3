/**
 * A callback whose identity never changes but which always runs the latest `fn`: the map and
 * the path cards are memoised, and a new function each render would redraw them on every
 * import progress tick. Must only be called from event handlers, never during render.
 */
import { useCallback, useLayoutEffect, useRef } from 'react';

export function useStableCallback<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  const ref = useRef(fn);
  useLayoutEffect(() => {
    ref.current = fn;
  });
  return useCallback((...args: A) => ref.current(...args), []);
}
