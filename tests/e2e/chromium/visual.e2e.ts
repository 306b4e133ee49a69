// Visual checks on every page and the popup's states, light and dark: each
// form control wears the design system's style rather than the browser's, no
// text runs out of its box or off the page, and with forced colours (Windows
// high contrast) every control keeps its border and a visible focus ring.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPopup, putStoredRecord, removeProfile, type Launched } from './harness';

interface View {
  name: string;
  path: string;
  width: number;
  /** Brings the page to the state under test, once it has loaded. */
  ready(page: Page): Promise<void>;
}

const PAGE = 1280;
const POPUP = 400;

const views: View[] = [
  { name: 'popup', path: 'popup.html', width: POPUP, ready: (p) => p.getByRole('button', { name: 'Add a high-stakes moment' }).waitFor() },
  {
    name: 'popup, adding a moment',
    path: 'popup.html',
    width: POPUP,
    async ready(p) {
      await p.getByRole('button', { name: 'Add a high-stakes moment' }).click();
      await p.getByLabel('What is it?').waitFor();
    },
  },
  { name: 'settings', path: 'options.html', width: PAGE, ready: (p) => p.locator('.upcoming').waitFor() },
  { name: 'journal', path: 'journal.html', width: PAGE, ready: (p) => p.locator('.history-row').first().waitFor() },
  { name: 'goal ladders', path: 'journal.html#goals', width: PAGE, ready: (p) => p.locator('input[type="date"]').first().waitFor() },
  {
    name: 'goal ladder past its week, folded',
    path: 'journal.html#goals',
    width: PAGE,
    async ready(p) {
      await p.getByRole('button', { name: /Speak up once/ }).click();
      await p.getByRole('button', { name: /^Step 2 climbed/ }).waitFor();
    },
  },
  { name: 'thought record', path: 'flow.html?flow=reframe', width: PAGE, ready: (p) => p.locator('h1').first().waitFor() },
  {
    name: 'thought record, thinking traps',
    path: 'flow.html?flow=reframe',
    width: PAGE,
    async ready(p) {
      await p.getByRole('button', { name: 'Begin' }).click();
      // Answers each step until the one with checkboxes.
      for (let step = 0; step < 12 && !(await p.locator('.flow-choice input').count()); step++) {
        for (const field of await p.locator('.flow-step textarea, .flow-step input[type="text"]').all()) {
          if (!(await field.inputValue())) await field.fill('Something true');
        }
        for (const slider of await p.getByRole('slider').all()) await slider.press('End');
        const title = await p.locator('h1').textContent();
        await p.getByRole('button', { name: /^(Next|Finish)$/ }).click();
        await p.waitForFunction((before) => document.querySelector('h1')?.textContent !== before, title);
      }
      await p.locator('.flow-choice input').first().check();
    },
  },
  { name: 'welcome', path: 'welcome.html', width: PAGE, ready: (p) => p.locator('h1').first().waitFor() },
];

let app: Launched;

beforeAll(async () => {
  app = await launch();
  const popup = await openPopup(app);
  await popup.keyboard.type('Booked the dentist');
  await popup.keyboard.press('Enter');
  await popup.getByRole('listitem').first().waitFor();
  // The demo calendar puts the upcoming list, with its menus, on the settings page.
  await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'demo/enable', payload: {} }));
  await popup.close();
  // A goal ladder, so the goals view shows its fields (a deadline among them).
  const now = Date.now();
  await putStoredRecord(app, 'goal/000000002-test', {
    v: 1,
    id: '000000002-test',
    kind: 'goal',
    title: 'Give the team update without notes by Friday',
    difficulty: 6,
    steps: Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, text: `Step ${i + 1}`, difficulty: 3 })),
    microActions: [0, 1].map((i) => ({ id: `a${i}`, text: `Micro-action ${i + 1}`, minutes: 5, ...(i === 0 ? { doneAt: now } : {}) })),
    createdAt: now - 86_400_000,
    updatedAt: now,
  });
  // An older one past its week (listed second), so the folded week and step are checked too; step 2's words are long enough to need the ellipsis.
  const done = (id: string) => ({ id, text: `Did ${id}`, minutes: 4, doneAt: now - 86_400_000, winId: `w-${id}` });
  await putStoredRecord(app, 'goal/000000001-test', {
    v: 1,
    id: '000000001-test',
    kind: 'goal',
    title: 'Speak up once in the weekly meeting by March',
    difficulty: 8,
    confidenceBefore: 3,
    steps: Array.from({ length: 7 }, (_, i) => ({
      id: `t${i}`,
      text: i === 1 ? 'Ask one question in the Monday meeting, out loud, before anyone else has spoken, and then keep going' : `Step ${i + 1}`,
      difficulty: 3,
      ...(i === 1 ? { confidence: 6, feelsNow: 2, microActions: ['b0', 'b1', 'b2'].map(done) } : {}),
    })),
    microActions: ['a0', 'a1', 'a2'].map(done),
    reflection: { text: 'I said one thing, and it went fine.', confidenceAfter: 6 },
    finishedAt: now - 2 * 86_400_000,
    createdAt: now - 12 * 86_400_000,
    updatedAt: now,
  });
});

afterAll(async () => {
  expect(app.outsideRequests).toEqual([]);
  await app.close();
  removeProfile(app.profileDir);
});

/** Forgets half-done exercises, so an exercise opens on its first step rather than where the last view left it. */
async function clearDrafts(): Promise<void> {
  await app.worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('primed');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('records', 'readwrite');
      tx.objectStore('records').delete(IDBKeyRange.bound('draft/', 'draft/\uffff'));
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

async function open(view: View, media: Parameters<Page['emulateMedia']>[0]): Promise<Page> {
  await clearDrafts();
  const page = await app.context.newPage();
  await page.setViewportSize({ width: view.width, height: view.width === POPUP ? 600 : 800 });
  await page.emulateMedia(media);
  await page.goto(app.url(view.path));
  await view.ready(page);
  // Parts that load after the first paint (the popup's prompts, a chart) land before the checks.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 150))));
  return page;
}

/**
 * Compares each visible control with one of the same tag and type in a blank
 * frame without stylesheets: the browser's default. A control whose border,
 * corners, background and appearance all match the default was left unstyled.
 */
function unstyledControls(page: Page): Promise<{ checked: number; unstyled: string[] }> {
  return page.evaluate(async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<!doctype html><title>blank</title>';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const blank = frame.contentDocument!;
    // A border's colour counts only where a border is drawn: a default checkbox's follows the text colour and draws nothing.
    const look = (s: CSSStyleDeclaration) => [
      s.borderTopStyle === 'none' || parseFloat(s.borderTopWidth) === 0 ? 'no border' : `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`,
      s.borderTopLeftRadius,
      s.backgroundColor,
      s.appearance,
    ];
    const unstyled: string[] = [];
    let checked = 0;
    for (const el of document.querySelectorAll<HTMLElement>('input, select, textarea, button')) {
      if (el === frame || el.getAttribute('type') === 'hidden' || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const twin = blank.createElement(el.tagName.toLowerCase());
      const type = el.getAttribute('type');
      if (type) twin.setAttribute('type', type);
      const mine = getComputedStyle(el);
      // In the page's text colour, so that nothing differs only because the page's text is not black.
      twin.style.color = mine.color;
      blank.body.append(twin);
      const plain = look(frame.contentWindow!.getComputedStyle(twin));
      checked++;
      if (look(mine).every((value, i) => value === plain[i])) {
        const name = el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || el.id;
        unstyled.push(`${el.tagName.toLowerCase()}${type ? `[type=${type}]` : ''} "${name.trim().slice(0, 40)}"`);
      }
      twin.remove();
    }
    frame.remove();
    return { checked, unstyled };
  });
}

/** A horizontal scrollbar, and text cut off by its own box or by the edge of the window. */
function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollWidth > root.clientWidth) found.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''} "${el.textContent?.trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      // A field scrolls its own text; a screen-reader-only label takes no room on purpose.
      if (el.closest('input, select, textarea, .visually-hidden') || !el.checkVisibility()) continue;
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!hasText) continue;
      const style = getComputedStyle(el);
      // An ellipsis says there is more (a one-line summary of a longer entry); a silent cut does not.
      if (/hidden|clip/.test(style.overflowX) && style.textOverflow !== 'ellipsis' && el.scrollWidth > el.clientWidth + 1) found.push(`${describe(el)} is cut off (${el.scrollWidth} > ${el.clientWidth})`);
      const rect = el.getBoundingClientRect();
      if (rect.right > root.clientWidth + 1 || rect.left < -1) found.push(`${describe(el)} runs past the window (${Math.round(rect.left)}–${Math.round(rect.right)})`);
    }
    return found;
  });
}

/** Tabs through the page and, for each control reached, reads its focus ring and its border. */
async function focusRings(page: Page): Promise<{ count: number; kinds: string[]; problems: string[] }> {
  const reached = new Set<string>();
  const problems: string[] = [];
  let count = 0;
  await page.locator('body').focus();
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'end';
      if (!el.matches('input, select, textarea, button')) return null;
      // A date field takes a Tab per part: still the same control. Back at an earlier one, the tour is over.
      if (el.dataset.visualSeen) return el.dataset.visualSeen === document.body.dataset.visualLast ? null : 'end';
      el.dataset.visualSeen = document.body.dataset.visualLast = String(Number(document.body.dataset.visualLast ?? 0) + 1);
      const type = el.getAttribute('type');
      const kind = `${el.tagName.toLowerCase()}${type && el.tagName === 'INPUT' ? `[type=${type}]` : ''}${el.classList.contains('link-button') ? '.link-button' : ''}`;
      const style = getComputedStyle(el);
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      // A button drawn as a link or a list row is text; the slider draws its border on its track.
      const bordered =
        el.matches('.link-button, .history-open, [type="range"]') ||
        (style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0 && style.borderTopColor !== 'rgba(0, 0, 0, 0)');
      const label = el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || el.id;
      return { kind, label: label.trim().slice(0, 40), ring, bordered };
    });
    if (seen === 'end') break;
    if (!seen) continue;
    reached.add(seen.kind);
    count++;
    if (!seen.ring) problems.push(`${seen.kind} "${seen.label}" has no visible focus ring`);
    if (!seen.bordered) problems.push(`${seen.kind} "${seen.label}" has no visible border`);
  }
  return { count, kinds: [...reached], problems };
}

describe('Chromium: visual checks', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`styles every control and keeps text inside its box, ${scheme}`, async () => {
      const report: string[] = [];
      let total = 0;
      for (const view of views) {
        const page = await open(view, { colorScheme: scheme });
        const { checked, unstyled } = await unstyledControls(page);
        total += checked;
        expect(checked, `${view.name} has controls`).toBeGreaterThan(0);
        expect(unstyled, `${view.name}: controls left on the browser's style`).toEqual([]);
        expect(await overflows(page), `${view.name}: overflow at ${view.width} px`).toEqual([]);
        report.push(`${view.name} ${checked}`);
        await page.close();
      }
      console.info(`Controls checked in ${scheme} mode: ${total} (${report.join(', ')})`);
    });
  }

  it('keeps every control and focus ring visible with forced colours', async () => {
    const report: string[] = [];
    for (const view of views) {
      const page = await open(view, { forcedColors: 'active' });
      const { count, kinds, problems } = await focusRings(page);
      expect(count, `${view.name}: controls reached by Tab`).toBeGreaterThan(0);
      expect(problems, view.name).toEqual([]);
      report.push(`${view.name} ${count} (${kinds.join(' ')})`);
      await page.close();
    }
    console.info(`Controls focused by Tab with forced colours: ${report.join(', ')}`);
  });
});
