// The one check every free-text field goes through: which support note, if
// any, its words call for, and that note ready to place below the field. The
// matcher and the note load after the first paint; a word typed before then
// is checked a moment later.
import { h, type VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SafetyConcern } from '@/lib/safety/crisis';

type Safety = typeof import('./CrisisPanel');

let safety: Safety | null = null;
let loading: Promise<Safety> | null = null;

function load(): Promise<Safety> {
  loading ??= import('./CrisisPanel').then((module) => (safety = module));
  return loading;
}

interface CrisisCheck {
  /** Which note the words call for, if any. */
  concern: SafetyConcern | null;
  /** The note itself, to render below the field; null when none is called for. */
  note: VNode<{ concern: SafetyConcern }> | null;
  /** The same note in a line or two, for a small window where it was already shown in full. */
  brief: VNode<{ concern: SafetyConcern; brief: true }> | null;
}

interface Options {
  /**
   * Keep the note once it has appeared, even after the words are changed:
   * for an exercise, where what was written in an earlier step still matters.
   */
  stay?: boolean;
}

/** Checks the text of one field, or of several that belong together. */
export function useCrisisCheck(texts: string | readonly string[], { stay = false }: Options = {}): CrisisCheck {
  const [, setLoaded] = useState(safety !== null);
  const kept = useRef<SafetyConcern | null>(null);
  useEffect(() => {
    if (safety) return;
    let mounted = true;
    load().then(
      () => mounted && setLoaded(true),
      () => undefined,
    );
    return () => {
      mounted = false;
    };
  }, []);
  if (!safety) return { concern: null, note: null, brief: null };
  let concern = safety.safetyConcern(texts);
  if (stay) concern = kept.current = safety.strongerConcern(kept.current, concern);
  if (!concern) return { concern, note: null, brief: null };
  return { concern, note: h(safety.CrisisPanel, { concern }), brief: h(safety.CrisisPanel, { concern, brief: true }) };
}
