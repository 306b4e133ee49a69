// Moving through an exercise window by keyboard alone, as the exercise E2E tests do.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export async function focusedText(page: Page) {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '');
}

/** Tabs to the Next (or Finish) button and presses it, as a keyboard user would. */
export async function next(page: Page) {
  for (let i = 0; i < 20; i++) {
    if (['Next', 'Finish'].includes(await focusedText(page))) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error('No Next button reached by Tab');
}

export async function heading(page: Page) {
  return page.locator('h1').textContent();
}

/** Past the exercise's first screen, by keyboard: it opens on its heading, and the next Tab reaches Begin. */
export async function begin(page: Page) {
  await expect.poll(() => page.getByRole('button', { name: 'Begin' }).count()).toBe(1);
  for (let i = 0; i < 5 && (await focusedText(page)) !== 'Begin'; i++) await page.keyboard.press('Tab');
  expect(await focusedText(page)).toBe('Begin');
  await page.keyboard.press('Enter');
}

/**
 * Completes any flow with the keyboard only: Tab through each step, choose
 * the lowest of each rating with Home (and a value with Space), type into
 * empty text fields, press Next or Finish.
 */
export async function completeByKeyboard(page: Page): Promise<number> {
  return answerByKeyboardUntil(page, 'Saved');
}

/** Answers step after step as `completeByKeyboard` does, until the step titled `title`; returns how many steps it went through. */
export async function answerByKeyboardUntil(page: Page, title: string): Promise<number> {
  let steps = 0;
  while ((await heading(page)) !== title) {
    const title = await heading(page);
    for (let i = 0; i < 40; i++) {
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | HTMLTextAreaElement | null;
        return { tag: el?.tagName ?? '', type: (el as HTMLInputElement | null)?.type ?? '', value: el?.value ?? '', text: el?.textContent?.trim() ?? '' };
      });
      if (focused.tag === 'INPUT' && focused.type === 'radio') await page.keyboard.press('Space');
      else if (focused.type === 'range') await page.keyboard.press('Home');
      // Three lines in a text area, enough for a one-a-line list that needs three items.
      else if (focused.tag === 'TEXTAREA' && !focused.value) await page.keyboard.type(`Answer ${steps}-${i}\nSecond line\nThird line`);
      else if (focused.type === 'text' && !focused.value) await page.keyboard.type(`Answer ${steps}-${i}`);
      else if (focused.text === 'Next' || focused.text === 'Finish') {
        await page.keyboard.press('Enter');
        break;
      }
      await page.keyboard.press('Tab');
    }
    await expect.poll(() => heading(page)).not.toBe(title);
    steps += 1;
  }
  return steps;
}
