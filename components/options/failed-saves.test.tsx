// @vitest-environment happy-dom
// Every setting and list on the options page, changed while the browser
// refuses to write: each must say so beside the control and show what is
// stored again, with no unhandled rejection.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { feedListItem } from '@/lib/feeds/feed-list';
import type { Feed, FeedUpcoming } from '@/lib/feeds/model';
import { upcomingKey } from '@/lib/feeds/upcoming-store';
import { stakesItem } from '@/lib/prompts/items';
import { supportersItem } from '@/lib/supporters/supporters';
import { DEFAULT_KEYWORD_RULES } from '@/lib/planner/detect';
import { clearAllRecords, defaultDb, writeAtomically } from '@/lib/store/db';
import { toStored } from '@/lib/store/versioned';
import { OptionsApp } from './OptionsApp';
import { calendarText } from './calendarText';
import { optionsText as t } from './strings';
import { PROMPT_TYPES, STAKES_KINDS } from '@/lib/planner/types';

const HOUR = 60 * 60_000;
const FULL = t.notSaved.quota;

type Control = HTMLInputElement | HTMLSelectElement;

/** The state a control shows, to compare before and after. */
function shown(el: Control): string {
  return el instanceof HTMLInputElement && el.type === 'checkbox' ? String(el.checked) : el.value;
}

function find<T extends Element>(selector: string): T {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`No control matches ${selector}`);
  return el;
}

function fire(el: Element, type: 'input' | 'change' | 'submit') {
  el.dispatchEvent(new Event(type, { bubbles: true, cancelable: true }));
}

/** Changes a control the way a user would, to a value it does not have. */
function changeControl(el: Control, value?: string) {
  if (el instanceof HTMLInputElement && el.type === 'checkbox') {
    el.checked = !el.checked;
  } else if (el instanceof HTMLSelectElement) {
    el.value = value ?? [...el.options].map((o) => o.value).find((v) => v !== el.value) ?? el.value;
  } else {
    el.value = value ?? '';
    fire(el, 'input');
  }
  fire(el, 'change');
}

interface Step {
  name: string;
  /** The controls whose state must come back, found before the change and again after. */
  watch: Array<() => Control>;
  /** What a form's fields must still hold: what was typed is never lost. */
  keeps?: Array<[string, string]>;
  /** The control acted on: the message must be in its section. */
  near: () => Element;
  /** The fields the step uses, to check that every field on the page is walked. */
  uses: Array<() => Element>;
  act: () => Promise<void>;
}

/** Lets the page render what the last event changed. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The element of this kind whose text includes `text`. */
function byText<T extends HTMLElement>(selector: string, text: string): T {
  const el = [...document.querySelectorAll<T>(selector)].find((e) => e.textContent?.includes(text));
  if (!el) throw new Error(`No ${selector} says ${text}`);
  return el;
}

const inputOf = (label: HTMLElement) => {
  const input = label.querySelector('input');
  if (!input) throw new Error(`No input in ${label.textContent}`);
  return input;
};

/** Changes one control and expects it back as it was. */
const change = (name: string, get: string | (() => Control), value?: string): Step => {
  const control = typeof get === 'string' ? () => find<Control>(get) : get;
  return { name, watch: [control], near: control, uses: [control], act: async () => changeControl(control(), value) };
};

/** Fills in a form's fields and sends it; the lists must stay as they were. */
const submit = (name: string, fields: Array<[string, string]>): Step => ({
  name,
  watch: [],
  keeps: fields,
  near: () => find(fields[0]![0]),
  uses: fields.map(([selector]) => () => find(selector)),
  act: async () => {
    for (const [selector, value] of fields) changeControl(find<HTMLInputElement>(selector), value);
    await tick();
    fire(find(fields[0]![0]).closest('form')!, 'submit');
  },
});

const press = (name: string, ...buttons: Array<() => HTMLElement>): Step => ({
  name,
  watch: [],
  near: buttons[0]!,
  uses: [],
  act: async () => {
    for (const button of buttons) {
      button().click();
      await tick();
    }
  },
});

/** Presses a key on a control, as the values' handles are moved from the keyboard. */
const keys = (name: string, get: () => HTMLElement, key: string): Step => ({
  name,
  watch: [],
  near: get,
  uses: [],
  act: async () => {
    get().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  },
});

const FEED: Feed = { id: 'f1', name: 'Work', source: { kind: 'file', fileName: 'work.ics' }, enabled: true, addedAt: 1_700_000_000_000 };

const STEPS: Step[] = [
  change('show streak', '#toolbar input[type=checkbox]'),
  change('own email addresses', '#self-emails', 'me@example.org'),
  change('check calendars every', '#sync-interval'),
  change('calendar on', '.feed-item input[type=checkbox]'),
  {
    name: 'calendar rename',
    watch: [],
    near: () => find('.feed-item'),
    uses: [],
    act: async () => {
      byText('.feed-actions button', calendarText.rename).click();
      await tick();
      changeControl(find<HTMLInputElement>(`#rename-${FEED.id}`), 'Office');
      await tick();
      fire(find('.feed-rename'), 'submit');
    },
  },
  press('calendar remove', () => byText('.feed-actions button', calendarText.remove), () => byText('.feed-actions button', calendarText.confirmRemove)),
  change('event mark', '.stakes-choice', 'one'),
  change('rule kind', '.rule-item select'),
  change('rule on', () => inputOf(byText('.rule-item label', t.ruleEnabled))),
  change('rule descriptions', () => inputOf(byText('.rule-item label', t.ruleDescriptions))),
  press('rule remove', () => find('.rule-item button')),
  submit('rule add', [['#rule-keyword', 'board meeting']]),
  press('rules restore', () => find('.rule-restore button')),
  submit('moment add', [
    ['#moment-title', 'Driving test'],
    ['#moment-when', '2099-05-01T10:00'],
  ]),
  press('moment remove', () => find('.moment-item button')),
  ...PROMPT_TYPES.flatMap((type) => [
    change(`prompt ${type} on`, () => inputOf(find<HTMLElement>(`#prompt-${type}-minutes`).closest('.prompt-type')!.querySelector('label')!)),
    change(`prompt ${type} minutes`, `#prompt-${type}-minutes`, type === 'rehearse' ? '12' : '42'),
  ]),
  // Each kind's exercise for the day before and afterwards.
  ...STAKES_KINDS.flatMap((kind) => (['rehearse', 'feedback'] as const).map((slot) => change(`exercise for ${kind}, ${slot}`, `#exercise-${kind}-${slot}`))),
  change('quiet from', '#quiet-start', '21:30'),
  change('quiet until', '#quiet-end', '06:15'),
  change('no quiet hours', () => inputOf(byText('#prompt-quiet label', t.noQuiet))),
  change('daily cap', '#daily-cap', '9'),
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => change(`prompt day ${n}`, `.prompt-days label:nth-of-type(${n}) input`)),
  change('self-check', '#self-check-every'),
  change('goal reminders', () => inputOf(byText('#prompt-reminders label', t.goalReminders))),
  change('supporter check-ins', () => inputOf(byText('#prompt-reminders label', t.supporterCheckIns))),
  change('discreet', '#prompt-reminders input[aria-describedby="discreet-hint"]'),
  change('random prompts', '#prompt-reminders input[aria-describedby="random-hint"]'),
  // A drop saves through the same move as these keys (happy-dom has no drag events; the E2E drags).
  ...(['ArrowDown', 'End'] as const).map((key) => keys(`value ${key}`, () => find('#value-handle-0'), key)),
  submit('value add', [['#own-value', 'Patience']]),
  change('supporter kind', '.supporter-item select'),
  change('supporter note', '.supporter-item input', 'Knows the panel'),
  press('supporter remove', () => find('.supporter-item button')),
  submit('supporter add', [['#supporter-name', 'Ana']]),
];

/** Fields that change nothing until a form is sent, or that are not settings at all. */
const NOT_SETTINGS = ['#feed-url', '#feed-name', '.feed-import input', '#rule-kind', '#moment-duration', '#moment-kind', '#import-file', '#data input[type=checkbox]', '#random-percent', '#supporter-kind'];

let container: HTMLElement;

async function seed() {
  const now = Date.now();
  await fakeBrowser.storage.local.set({
    [feedListItem.key]: toStored(feedListItem, [FEED]),
    // One suggested rule missing, so restoring them has something to write.
    [supportersItem.key]: toStored(supportersItem, [{ id: 's1', name: 'Sam', kind: 'listener', createdAt: now, updatedAt: now }]),
    [stakesItem.key]: toStored(stakesItem, {
      tags: [],
      rules: DEFAULT_KEYWORD_RULES.slice(1).map((r) => ({ ...r })),
      moments: [{ id: 'm1', title: 'Team talk', start: now + 48 * HOUR, kind: 'presentation', createdAt: now, updatedAt: now }],
    }),
  });
  const upcoming: FeedUpcoming = {
    v: 1,
    feedId: FEED.id,
    failures: 0,
    skipped: 0,
    lastSuccessAt: now,
    windowStart: now - 24 * HOUR,
    windowEnd: now + 14 * 24 * HOUR,
    occurrences: [
      {
        key: 'f1:e1',
        feedId: FEED.id,
        uid: 'e1',
        title: 'Budget review',
        start: now + 26 * HOUR,
        end: now + 27 * HOUR,
        allDay: false,
        status: 'confirmed',
        transparent: false,
        recurring: false,
        declined: false,
      },
    ],
  };
  await writeAtomically(defaultDb(), [{ put: upcomingKey(FEED.id), value: upcoming }]);
}

/** Text of every alert on the page. */
const alerts = () => [...document.querySelectorAll('[role=alert]')].map((a) => a.textContent ?? '');

const values = () => [...document.querySelectorAll('.values-item .value-text')].map((v) => v.textContent);

/** What the lists on the page hold, which a refused list change must leave as it was. */
function lists() {
  return {
    feeds: [...document.querySelectorAll('.feed-name')].map((n) => n.textContent),
    rules: [...document.querySelectorAll('.rule-keyword')].map((n) => n.textContent),
    moments: [...document.querySelectorAll('.moment-title')].map((n) => n.textContent),
    values: values(),
    supporters: [...document.querySelectorAll('.supporter-name')].map((n) => n.textContent),
  };
}

describe('a setting or list change the browser refuses to store', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeEach(async () => {
    unhandled.length = 0;
    process.on('unhandledRejection', onUnhandled);
    // The fake browser has no commands; the page asks for the shortcut on load.
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([]);
    await clearAllRecords(defaultDb());
    await seed();
    container = document.createElement('div');
    document.body.append(container);
    render(<OptionsApp />, container);
    // Loaded when every section that reads storage shows what it read.
    await vi.waitFor(() => {
      find('.feed-item');
      find('.stakes-choice');
      find('.moment-item');
      find('.supporter-item');
      find('#prompt-affirm-minutes');
      find('#exercise-interview-rehearse');
      expect(values().length).toBeGreaterThan(1);
    });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
  });

  afterEach(() => {
    render(null, container);
    container.remove();
    process.off('unhandledRejection', onUnhandled);
    vi.restoreAllMocks();
  });

  it.each(STEPS.map((step) => [step.name, step] as const))('%s: says nothing was saved and shows what is stored', async (_name, step) => {
    const before = step.watch.map((get) => shown(get()));
    const listsBefore = lists();
    const section = step.near().closest('section[id]');
    expect(section).not.toBeNull();
    const writes = vi.mocked(fakeBrowser.storage.local.set);
    await step.act();
    await vi.waitFor(() => expect(alerts()).toContain(FULL));
    expect(writes).toHaveBeenCalled();
    // Once the error is up, nothing changes back later.
    await new Promise((r) => setTimeout(r, 20));
    expect(step.watch.map((get) => shown(get()))).toEqual(before);
    expect(lists()).toEqual(listsBefore);
    for (const [selector, typed] of step.keeps ?? []) expect(find<HTMLInputElement>(selector).value).toBe(typed);
    const full = [...document.querySelectorAll('[role=alert]')].filter((a) => a.textContent === FULL);
    expect(full).toHaveLength(1);
    expect(full[0]!.closest('section[id]')?.id).toBe(section?.id);
    expect(unhandled).toEqual([]);
  });

  it('walks every field on the page', () => {
    const used = new Set(STEPS.flatMap((step) => step.uses.map((use) => shape(use()))));
    const fields = [...container.querySelectorAll('input, select')].filter((f) => !NOT_SETTINGS.some((selector) => f.matches(selector)));
    expect(used.size).toBeGreaterThan(20);
    expect(fields.map(shape).filter((f) => !used.has(f))).toEqual([]);
  });
});

/** Where a field sits on the page, the same for each of a list's rows. */
function shape(field: Element): string {
  const parts: string[] = [];
  for (let el: Element | null = field; el && el.tagName !== 'MAIN'; el = el.parentElement) {
    parts.unshift(`${el.tagName.toLowerCase()}${el.id ? `#${el.id.replace(/-(f1|0|1|\d+|rule-[\w-]+)$/, '')}` : ''}.${el.className}`);
  }
  // Fields without an id of their own are told apart by what their label says.
  const label = field.closest('label')?.querySelector('span')?.textContent ?? '';
  return `${parts.join('>')}:${field.getAttribute('aria-describedby') ?? label}`;
}
