/**
 * The first complete paint with every stored record, marked once for the benchmark
 * (`map-complete`), and `ready` from then on. Complete = every stored credential placed and
 * counted, and the pathways evaluated over them (their badges are on the map), not only the
 * first rows. Marked right after the frame that paints this commit: the layout effect runs
 * before that frame, its animation frame callback at the frame's start (before its layout
 * and paint), and a task queued from there after the paint. Must never delay that paint.
 */
import { useLayoutEffect, useRef, useState } from 'react';

export function useFirstPaint(loaded: boolean, settingsLoaded: boolean): boolean {
  const [ready, setReady] = useState(false);
  const markedRef = useRef(false);
  useLayoutEffect(() => {
    if (!loaded || !settingsLoaded || markedRef.current) return;
    markedRef.current = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark('map-complete');
        setReady(true);
      }, 0),
    );
  }, [loaded, settingsLoaded]);
  return ready;
}
