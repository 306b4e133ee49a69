// The built-in demo calendar, generated around the current time (see
// lib/calendar/demo.ts). Made once and kept, so that its events hold still
// from one sync to the next (a presentation always 20 minutes away would
// never come); a new week once this one is over.
import { DEMO_WEEK_MS, demoCalendar } from '../../calendar/demo';
import { z } from '../../zod';
import type { ReadContext, ReadOutcome, SourceDefinition } from './types';

const DemoSource = z.object({ kind: z.literal('demo') });

function readText(_source: unknown, { now, timeZone, stored, previous }: ReadContext): Promise<ReadOutcome> {
  const current = stored && Math.abs(now - stored.fetchedAt) < DEMO_WEEK_MS ? stored : undefined;
  return Promise.resolve({
    kind: 'text',
    text: current?.text ?? demoCalendar(new Date(now), timeZone),
    failures: (previous?.failures ?? 0) + 1,
    ...(current ? {} : { keep: {} }),
    graceWhenEmptied: false,
  });
}

export const demoSource = {
  kind: 'demo',
  schema: DemoSource,
  readText,
} satisfies SourceDefinition<typeof DemoSource>;
