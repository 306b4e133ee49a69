// A finished part of a goal ladder, folded into one line: a button with its
// figures that opens everything written there again, where it can still be
// edited. Folded content stays on the page (hidden until found), so the
// browser's find-in-page reaches it and opens it too.
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

  return (
    <li class="goal-stage goal-fold">
      <button type="button" class="goal-fold-toggle" aria-expanded={open} aria-controls={id} onClick={() => onOpenChange(!open)}>
        <CircleCheckBig class="goal-fold-icon" size={20} aria-hidden="true" />
        <span class="goal-fold-words">
          <span class="goal-fold-title">{fold.kind === 'week' ? t.foldWeek : t.foldStep(fold.step, fold.text)}</span>
          <span class="visually-hidden">: </span>
          <span class="goal-fold-figures">
            <Figures fold={fold} />
          </span>
        </span>
        <ChevronDown class="goal-fold-chevron" size={18} aria-hidden="true" />
      </button>
      <div id={id} class="goal-fold-body" hidden={open ? false : 'until-found'} ref={body}>
        {children}
      </div>
    </li>
  );
}

function Figures({ fold }: { fold: FoldData }) {
  const parts: ComponentChildren[] =
    fold.kind === 'week'
      ? [t.foldWeekStep(fold.actions), changed(t.confidenceFigure, fold.confidence, t.onDay1, t.onDay7)]
      : [
          t.actionCount(fold.actions),
          changed(t.difficultyFigure, fold.difficulty, String, t.feelsNowFigure),
          fold.confidence !== undefined ? `${t.confidenceFigure} ${fold.confidence}` : null,
        ];
  const shown = parts.filter((part) => part !== null);
  return (
    <>
      {shown.map((part, i) => (
        <span key={i}>
          {i > 0 && ', '}
          {part}
        </span>
      ))}
    </>
  );
}

/** "confidence 4 → 7", read out as "from 4 to 7"; one side alone says which it is; neither, nothing. */
function changed(label: string, change: Change, beforeOnly: (n: number) => string, afterOnly: (n: number) => string): ComponentChildren {
  const { before, after } = change;
  if (before !== undefined && after !== undefined) {
    return (
      <>
        {label} <span aria-hidden="true">{before} → {after}</span>
        <span class="visually-hidden">{t.fromTo(before, after)}</span>
      </>
    );
  }
  if (before !== undefined) return `${label} ${beforeOnly(before)}`;
  if (after !== undefined) return `${label} ${afterOnly(after)}`;
  return null;
}
