import { runnerText as t } from '../strings';
import type { BlockProps, BlockOf } from './types';

/** The user's own recent wins, each one click from joining the answer it is evidence for. */
export function WinsBlock({ block, fields, set, wins }: BlockProps<BlockOf<'wins'>>) {
  if (wins.length === 0) return null;
  const current = typeof fields[block.targetField] === 'string' ? (fields[block.targetField] as string) : '';
  return (
    <div class="flow-wins">
      <p class="flow-ask-heading">{t.yourWins}</p>
      <ul>
        {wins.map((win) => (
          <li key={win}>
            <span>{win}</span>{' '}
            <button
              type="button"
              class="link-button"
              disabled={current.includes(win)}
              onClick={() => set(block.targetField, current.trim() ? `${current.trim()}\n${win}` : win)}
            >
              {t.addWin}
              <span class="visually-hidden">: {win}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
