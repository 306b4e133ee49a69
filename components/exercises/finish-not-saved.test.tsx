// @vitest-environment happy-dom
// Finishing an exercise when IndexedDB refuses the write: the answers stay on
// the page and in the draft, and the message says the exercise was not saved.
import { render } from 'preact';
import { afterEach, expect, it, vi } from 'vitest';
import { flowDraftId } from '@/lib/exercises/runner';
import type { FlowDefinition } from '@/lib/exercises/types';
import { loadDraft, saveDraft } from '@/lib/store/drafts';
import { allKeys, fillable, freshDb } from '../../tests/unit/helpers';
import { z } from '@/lib/zod';
import { storeErrorText } from '../common/storeErrorText';
import { FlowRunner } from './FlowRunner';
import type { FlowId } from '@/lib/exercises/ids';

const flow: FlowDefinition = {
  id: 'note' as FlowId, // made up for the test, outside the catalogue
  title: 'A note',
  minutes: 1,
  measure: 'none',
  summary: 'One answer.',
  steps: [{ id: 'only', title: 'What went well?', blocks: [{ kind: 'text', field: 'note', label: 'Your answer' }] }],
  result: z.object({ note: z.string() }),
};

let container: HTMLElement | undefined;

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
});

it('keeps the answers and says the exercise was not saved when the disk is full', async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  const real = freshDb();
  const draftId = flowDraftId(flow.id);
  await saveDraft(real, { v: 1, id: draftId, flowId: flow.id, fields: { note: 'I spoke first', _step: 0 }, updatedAt: Date.now() });
  const db = fillable(real);
  container = document.createElement('div');
  document.body.append(container);
  render(<FlowRunner flow={flow} db={db} />, container);
  const field = await vi.waitFor(() => {
    const found = container!.querySelector<HTMLInputElement>('.flow-step input');
    if (!found?.value) throw new Error('The draft is not back yet');
    return found;
  });
  expect(field.value).toBe('I spoke first');

  db.full = true;
  container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

  await vi.waitFor(() => expect(container!.querySelector('[role=alert]')?.textContent).toBe(storeErrorText.quota));
  expect(container.querySelector<HTMLInputElement>('.flow-step input')?.value).toBe('I spoke first');
  expect(container.querySelector('h1')?.textContent).toBe('What went well?');
  expect((await allKeys(real)).filter((k) => k.startsWith('entry/'))).toEqual([]);
  expect((await loadDraft(real, draftId))?.fields.note).toBe('I spoke first');
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});
