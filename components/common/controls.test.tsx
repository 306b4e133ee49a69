// @vitest-environment happy-dom
// The shared controls: each has an accessible name, and the switch stays a
// real checkbox (so the keyboard works as for any other) that reports what it turned to.
import { render, type ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmptyState } from './EmptyState';
import { IconButton } from './IconButton';
import { Toggle } from './Toggle';

let container: HTMLElement | undefined;

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

async function mount(node: ComponentChild) {
  container = document.createElement('div');
  document.body.append(container);
  await act(() => render(node, container!));
  return container;
}

describe('IconButton', () => {
  it('is named by its label, not by its icon, and does not submit a form', async () => {
    const onClick = vi.fn();
    const root = await mount(
      <form>
        <IconButton label="Move up" class="flow-rank" onClick={onClick}>
          ↑
        </IconButton>
      </form>,
    );
    const button = root.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('Move up');
    expect(button.title).toBe('Move up');
    expect(button.type).toBe('button');
    expect(button.className).toBe('icon-button flow-rank');
    expect(button.querySelector('[aria-hidden="true"]')!.textContent).toBe('↑');
    button.click();
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});

describe('Toggle', () => {
  function Setting({ onChange }: { onChange(on: boolean): void }) {
    const [on, setOn] = useState(false);
    return (
      <Toggle
        checked={on}
        onChange={(next) => {
          setOn(next);
          onChange(next);
        }}
        describedBy="streak-hint"
      >
        Show my streak
      </Toggle>
    );
  }

  it('is a named switch that turns on and off', async () => {
    const onChange = vi.fn();
    const root = await mount(<Setting onChange={onChange} />);
    const input = root.querySelector('input')!;
    expect(input.type).toBe('checkbox');
    expect(input.getAttribute('role')).toBe('switch');
    expect(input.closest('label')!.textContent).toBe('Show my streak');
    expect(input.getAttribute('aria-describedby')).toBe('streak-hint');
    await act(() => input.click());
    expect(onChange).toHaveBeenLastCalledWith(true);
    expect(input.checked).toBe(true);
    await act(() => input.click());
    expect(onChange).toHaveBeenLastCalledWith(false);
    expect(input.checked).toBe(false);
  });
});

describe('EmptyState', () => {
  it('says what is missing first, then how to fill it', async () => {
    const root = await mount(
      <EmptyState title="No wins yet">
        <p>Log one from the toolbar.</p>
      </EmptyState>,
    );
    const box = root.querySelector('.empty-state')!;
    expect([...box.children].map((c) => c.textContent)).toEqual(['No wins yet', 'Log one from the toolbar.']);
  });

  it('shows its picture first, hidden from screen readers, and none when not given one', async () => {
    const root = await mount(
      <EmptyState title="No goals yet" icon={<svg data-testid="icon" />}>
        <p>Start one.</p>
      </EmptyState>,
    );
    const first = root.querySelector('.empty-state')!.firstElementChild!;
    expect(first.getAttribute('aria-hidden')).toBe('true');
    expect(first.querySelector('[data-testid="icon"]')).not.toBeNull();
    const plain = await mount(<EmptyState title="No wins yet" />);
    expect(plain.querySelector('.empty-state-icon')).toBeNull();
  });
});
