// A finished part of a goal ladder, folded into one line: a button with its
// figures that opens everything written there again, where it can still be
// edited. Folded content is hidden until found rather than removed, so that
// where the browser's find-in-page supports that, a search opens it too.
import { ChevronDown, CircleCheckBig } from 'lucide-preact';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Change, Fold as FoldData } from '@/lib/goals/fold';
import { goalText as t } from './strings';

interface Props {
  id: string;
  fold: FoldData;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: ComponentChildren;
}

export function Fold({ id, fold, open, onOpenChange, children }: Props) {
  const body = useRef<HTMLDivElement>(null);
  const opening = useRef(onOpenChange);
  opening.current = onOpenChange;
  useEffect(() => {
    const el = body.current;
    const reveal = () => opening.current(true);
    el?.addEventListener('beforematch', reveal);
    return () => el?.removeEventListener('beforematch', reveal);
  }, []);

  const title = fold.kind === 'week' ? t.foldWeek : t.foldStep(fold.step, fold.text);
  const parts = figures(fold);
  return (
    <li class="goal-stage goal-fold">
      {/* Named in words, so the arrow between two ratings is read as "from … to …". */}
      <button
        type="button"
        class="goal-fold-toggle"
        aria-expanded={open}
        aria-controls={id}
        aria-label={`${title}. ${parts.map(spoken).join(', ')}`}
        onClick={() => onOpenChange(!open)}
      >
        <CircleCheckBig class="goal-fold-icon" size={20} aria-hidden="true" />
        <span class="goal-fold-words">
          <span class="goal-fold-title">{title}</span>
          <span class="goal-fold-figures">{parts.map(shown).join(', ')}</span>
        </span>
        <ChevronDown class="goal-fold-chevron" size={18} aria-hidden="true" />
      </button>
      <div id={id} class="goal-fold-body" hidden={open ? false : 'until-found'} ref={body}>
        {children}
      </div>
    </li>
  );
}

/** A figure: words, or a rating before and after. */
type Part = string | { label: string; before: number; after: number };

const shown = (part: Part) => (typeof part === 'string' ? part : `${part.label} ${part.before} → ${part.after}`);
const spoken = (part: Part) => (typeof part === 'string' ? part : `${part.label} ${t.fromTo(part.before, part.after)}`);

function figures(fold: FoldData): Part[] {
  const parts: Array<Part | undefined> =
    fold.kind === 'week'
      ? [t.foldWeekStep(fold.actions), changed(t.confidenceFigure, fold.confidence, t.onDay1, t.onDay7)]
      : [
          t.actionCount(fold.actions),
          changed(t.difficultyFigure, fold.difficulty, String, t.feelsNowFigure),
          fold.confidence !== undefined ? `${t.confidenceFigure} ${fold.confidence}` : undefined,
        ];
  return parts.filter((part) => part !== undefined);
}

/** Both ratings as a change; one side alone says which it is; neither, nothing. */
function changed(label: string, { before, after }: Change, beforeOnly: (n: number) => string, afterOnly: (n: number) => string): Part | undefined {
  if (before !== undefined && after !== undefined) return { label, before, after };
  if (before !== undefined) return `${label} ${beforeOnly(before)}`;
  if (after !== undefined) return `${label} ${afterOnly(after)}`;
  return undefined;
}
