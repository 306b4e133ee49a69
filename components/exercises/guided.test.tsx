// @vitest-environment happy-dom
// The exercise window's guidance around the steps: the first screen, the
// progress through a branching flow, and where a resumed draft lands.
import { render } from 'preact';
import { afterEach, expect, it, vi } from 'vitest';
import { flowDraftId } from '@/lib/exercises/runner';
import { saveDraft } from '@/lib/store/drafts';
import { freshDb } from '../../tests/unit/helpers';
import { feedbackFlow } from './feedback';
import { FlowRunner } from './FlowRunner';

let container: HTMLElement | undefined;

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
});

function mount(node: preact.ComponentChild) {
  container = document.createElement('div');
  document.body.append(container);
  render(node, container);
  return container;
}

const heading = () => container!.querySelector('h1')?.textContent;
const progress = () => container!.querySelector('[role=progressbar]');
const click = (name: string) =>
  [...container!.querySelectorAll('button')].find((b) => b.textContent === name)!.dispatchEvent(new MouseEvent('click', { bubbles: true }));

it('opens on what the exercise is, with the focus on its heading, and begins at step 1', async () => {
  mount(<FlowRunner flow={feedbackFlow} db={freshDb()} />);
  await vi.waitFor(() => expect(heading()).toBe('Learn from how it went'));
  expect(document.activeElement).toBe(container!.querySelector('h1'));
  expect(container!.textContent).toContain('About 5 minutes');
  expect(progress()).toBeNull();
  click('Begin');
  await vi.waitFor(() => expect(heading()).toBe('Before you start'));
  // The first step opens on a rating: the keyboard waits on the heading, not on the unset slider.
  expect(document.activeElement).toBe(container!.querySelector('h1'));
  expect(progress()?.getAttribute('aria-valuenow')).toBe('1');
  expect(progress()?.getAttribute('aria-valuemax')).toBe('7');
});

it('resumes a draft where it was left, past the first screen, counting the branch its answers chose', async () => {
  const db = freshDb();
  await saveDraft(db, { v: 1, id: flowDraftId('feedback'), flowId: 'feedback', fields: { outcome: 2, attempted: 'A live demo', _step: 3 }, updatedAt: Date.now() });
  mount(<FlowRunner flow={feedbackFlow} db={db} />);
  await vi.waitFor(() => expect(heading()).toBe('What you tried'));
  // Low outcome: the setback log's seven steps in place of the three about what worked.
  expect(progress()?.getAttribute('aria-valuenow')).toBe('4');
  expect(progress()?.getAttribute('aria-valuemax')).toBe('11');
  expect(progress()?.getAttribute('aria-valuetext')).toBe('Step 4 of 11');
  expect(document.activeElement).toBe(container!.querySelector('textarea'));
});

it('goes straight to the steps in the popup, which has no room for the first screen', async () => {
  mount(<FlowRunner flow={feedbackFlow} db={freshDb()} inPopup />);
  await vi.waitFor(() => expect(heading()).toBe('Before you start'));
});
