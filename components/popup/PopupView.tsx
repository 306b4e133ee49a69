// A view that takes the popup's place (the waiting prompts, the if-then
// plans, a new moment, the exercises): its title, a way back and the
// navigation. The title takes the focus when the view opens, so a keyboard or
// screen-reader user starts where the view starts.
import { ArrowLeft } from 'lucide-preact';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { PopupNav, type Place } from './PopupNav';
import { popupText as t } from './strings';

interface PopupViewProps {
  title: string;
  onBack: () => void;
  /** Opens the exercises from the view's navigation. */
  onExercises: () => void;
  /** The navigation's item for this view, if it has one. */
  current?: Place;
  children: ComponentChildren;
}

export function PopupView({ title, onBack, onExercises, current, children }: PopupViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="popup-view-title" tabIndex={-1} ref={heading}>
          {title}
        </h1>
        <button type="button" class="link-button popup-back" onClick={onBack}>
          <ArrowLeft size={16} aria-hidden="true" />
          {t.back}
        </button>
      </header>
      {children}
      <PopupNav current={current} onExercises={onExercises} />
    </main>
  );
}
