import { describe, expect, it } from 'vitest';
import { closeBrowserAfterEach, launch, type Launched } from './harness';

let app: Launched | undefined;

// Every test also proves that extension pages talked to no one.
closeBrowserAfterEach(() => app, () => (app = undefined));

/** "20261126T100000Z" for a day from now at 10:00 UTC. */
function tomorrowAtTen(): string {
  const day = new Date(Date.now() + 86_400_000);
  day.setUTCHours(10, 0, 0, 0);
  return `${day.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

function ics(summary: string): Buffer {
  const start = tomorrowAtTen();
  const end = start.replace(/T10/, 'T12');
  return Buffer.from(
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', 'BEGIN:VEVENT', 'UID:exam-1@example.com', 'DTSTAMP:20261101T000000Z', `DTSTART:${start}`, `DTEND:${end}`, `SUMMARY:${summary}`, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n'),
  );
}

describe('Chromium: the ways to add a calendar', () => {
  it('imports an .ics file, refuses one that is not a calendar, and offers the demo until it is on', async () => {
    app = await launch();
    const options = await app.context.newPage();
    await options.goto(app.url('options.html#calendar'));
    const list = options.locator('.feed-list');

    await options.getByLabel('Or import an .ics file').setInputFiles({ name: 'notes.ics', mimeType: 'text/calendar', buffer: Buffer.from('just some notes') });
    await expect.poll(() => options.getByRole('alert').innerText()).toMatch(/^This file couldn't be read as a calendar\./);
    expect(await list.count()).toBe(0);

    await options.getByLabel('Or import an .ics file').setInputFiles({ name: 'exams.ics', mimeType: 'text/calendar', buffer: ics('Statistics exam') });
    await expect.poll(() => list.innerText(), { timeout: 15_000 }).toMatch(/Imported file exams\.ics/);
    expect(await options.locator('.feed-name').first().textContent()).toBe('exams');
    await expect.poll(() => options.locator('.upcoming').innerText(), { timeout: 15_000 }).toMatch(/Statistics exam/);
    // A good import clears the earlier problem.
    expect(await options.getByRole('alert').count()).toBe(0);

    const demo = options.getByRole('button', { name: 'Turn on the demo calendar' });
    await demo.focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => list.innerText(), { timeout: 15_000 }).toMatch(/Demo calendar/);
    await expect.poll(() => demo.count()).toBe(0);
    await expect.poll(() => options.locator('.upcoming').innerText(), { timeout: 15_000 }).toMatch(/Quarterly review presentation/);

  });
});
