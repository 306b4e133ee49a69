// The popup's bottom navigation. It arrives with the rest of what follows the
// first paint.
import { BookOpen, Dumbbell, Settings, Target } from 'lucide-preact';
import type { LucideIcon } from 'lucide-preact';
import { popupText as t } from './strings';
import './popup-nav.css';

export type Place = 'exercises' | 'journal' | 'goals' | 'settings';

interface Props {
  /** The view the popup shows now, marked for screen readers and the eye. */
  current?: Place;
  onExercises: () => void;
}

const ITEMS: ReadonlyArray<{ place: Place; label: string; Icon: LucideIcon }> = [
  { place: 'exercises', label: t.exercises, Icon: Dumbbell },
  { place: 'journal', label: t.journal, Icon: BookOpen },
  { place: 'goals', label: t.goals, Icon: Target },
  { place: 'settings', label: t.settings, Icon: Settings },
];

export function PopupNav({ current, onExercises }: Props) {
  return (
    <nav class="popup-nav" aria-label={t.nav}>
      {ITEMS.map(({ place, label, Icon }) => (
        <button
          key={place}
          type="button"
          class="popup-nav-item"
          aria-current={place === current ? 'page' : undefined}
          onClick={() => (place === 'exercises' ? onExercises() : void openPlace(place))}
        >
          <Icon size={20} aria-hidden="true" />
          <span>{label}</span>
        </button>
      ))}
    </nav>
  );
}

function openPlace(place: Exclude<Place, 'exercises'>) {
  return place === 'settings' ? openPage('options') : place === 'goals' ? openPage('journal', 'goals') : openPage('journal');
}

/** Opens one of Primed's pages in a tab; the popup has done its part and closes. */
export async function openPage(page: 'options' | 'journal', section?: string) {
  const { request } = await import('@/lib/browser/messaging');
  await request('page/open', section ? { page, section } : { page });
  window.close();
}
