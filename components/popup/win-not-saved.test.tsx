// @vitest-environment happy-dom
// Logging a win when IndexedDB refuses the write: the words stay in the
// field, the message says they were not saved, and nothing is stored.
import { render } from 'preact';
import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadDraft } from '@/lib/store/drafts';
import { readWinSummary } from '@/lib/wins/summary';
import { fillable, freshDb } from '../../tests/unit/helpers';
import { storeErrorText } from '../common/storeErrorText';
import { PopupApp } from './PopupApp';

let container: HTMLElement | undefined;

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  vi.restoreAllMocks();
});

it('keeps the typed win and says it was not saved when the disk is full', async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([]);
  const real = freshDb();
  const db = fillable(real);
  container = document.createElement('div');
  document.body.append(container);
  render(<PopupApp db={db} />, container);
  const input = await vi.waitFor(() => {
    const found = container!.querySelector<HTMLInputElement>('#win-text');
    if (!found) throw new Error('No field yet');
    return found;
  });
  input.value = 'Asked the question I was afraid to ask';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  // The draft of what was typed lands before the disk fills up. The popup
  // loads its store after the first paint, and here that import is compiled
  // on the spot: more than the default second on a busy machine.
  await vi.waitFor(async () => expect((await loadDraft(real, 'popup-win'))?.fields.text).toBe(input.value), { timeout: 10_000 });

  db.full = true;
  input.closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

  await vi.waitFor(() => expect(container!.querySelector('[role=alert]')?.textContent).toBe(storeErrorText.quota));
  await new Promise((r) => setTimeout(r, 50));
  // A draft that cannot be rewritten must not hide that the win itself was not saved.
  expect(container.querySelector('[role=alert]')?.textContent).toBe(storeErrorText.quota);
  expect(container.querySelector<HTMLInputElement>('#win-text')?.value).toBe('Asked the question I was afraid to ask');
  expect((await readWinSummary(real, Date.now(), 3)).recent).toEqual([]);
  expect((await loadDraft(real, 'popup-win'))?.fields.text).toBe('Asked the question I was afraid to ask');
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});
