// @vitest-environment happy-dom
// The shared check behind every free-text field: the right note for the
// words, the urgent-care note for chest pain or trouble breathing, and, in an
// exercise, a note that stays once it has appeared.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { crisisText, medicalText } from './CrisisPanel';
import { useCrisisCheck } from './useCrisisCheck';

let container: HTMLElement | undefined;

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

function Field({ texts, stay = false }: { texts: string | string[]; stay?: boolean }) {
  const { concern, note } = useCrisisCheck(texts, { stay });
  return (
    <div data-concern={concern ?? 'none'}>
      {note}
    </div>
  );
}

async function show(texts: string | string[], stay = false) {
  if (!container) {
    container = document.createElement('div');
    document.body.append(container);
  }
  await act(() => render(<Field texts={texts} stay={stay} />, container!));
  // The matcher loads after the first paint.
  await vi.waitFor(() => expect(container!.querySelector('[data-concern]')).not.toBeNull());
}

const concern = () => container!.querySelector('[data-concern]')!.getAttribute('data-concern');
const note = () => container!.querySelector('.crisis-panel')?.textContent ?? '';

describe('useCrisisCheck', () => {
  it('shows the support note for crisis language, and nothing for an idiom', async () => {
    await show('This deadline is killing me');
    await vi.waitFor(() => expect(concern()).toBe('none'));
    await show("I don't want to be here anymore");
    await vi.waitFor(() => expect(concern()).toBe('crisis'));
    expect(note()).toContain(crisisText.heading);
    expect(note()).toContain('crisis line');
    expect(container!.querySelector('a')?.getAttribute('href')).toBe('/welcome.html#now');
  });

  it('offers a brief form of each note for a small window', async () => {
    function Brief({ text }: { text: string }) {
      return <div>{useCrisisCheck(text).brief}</div>;
    }
    container = document.createElement('div');
    document.body.append(container);
    await act(() => render(<Brief text="I'd rather be dead" />, container!));
    await vi.waitFor(() => expect(note()).toBe(`${crisisText.heading} ${crisisText.link}`));
    await act(() => render(<Brief text="I can't breathe" />, container!));
    await vi.waitFor(() => expect(note()).toBe(`${medicalText.heading} ${medicalText.brief}`));
  });

  it('points chest pain and trouble breathing to urgent medical care, not to a therapist', async () => {
    await show(['Gave the talk', 'my chest hurts and it is hard to breathe']);
    await vi.waitFor(() => expect(concern()).toBe('medical'));
    expect(note()).toContain(medicalText.heading);
    expect(note()).toMatch(/urgent medical help first/);
    expect(note()).toMatch(/emergency/);
    expect(note()).not.toMatch(/therapist|crisis line/);
    // Both at once: urgent care first, and a word about the rest.
    await show(['my chest hurts', 'I should just die']);
    await vi.waitFor(() => expect(concern()).toBe('both'));
    expect(note()).toContain(medicalText.heading);
    expect(note()).toContain(medicalText.alsoCrisis);
  });

  it('lets the note go when the words change, unless asked to keep it', async () => {
    await show('no one would miss me');
    await vi.waitFor(() => expect(concern()).toBe('crisis'));
    await show('The review went fine');
    await vi.waitFor(() => expect(concern()).toBe('none'));
    expect(note()).toBe('');

    render(null, container!);
    await show('no one would miss me', true);
    await vi.waitFor(() => expect(concern()).toBe('crisis'));
    await show('The review went fine', true);
    expect(concern()).toBe('crisis');
    expect(note()).toContain(crisisText.heading);
  });
});
