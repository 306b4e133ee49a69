import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KEYWORD_RULES } from './detect';
import { localDayNumber, localMinutes, localWeekday } from './local-time';
import { inQuietHours, isUseful, plan, triggerId } from './plan';
import { DAY, event, MIN } from './test-fixtures';
import { PROMPT_TYPES, STAKES_KINDS, type EventTag, type Moment, type PlanInput, type ScheduleEvent } from './types';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
// Ordinary days and the days Berlin and New York change their clocks.
const BASES = [Date.UTC(2025, 5, 10), Date.UTC(2025, 2, 29), Date.UTC(2025, 9, 25), Date.UTC(2025, 2, 8), Date.UTC(2025, 10, 1)];
const TITLES = ['Interview with ACME', 'Team sync', 'Sprint demo', 'Lunch', 'Quarterly review', 'Demolition briefing', 'Pitch'];
const RUNS = { numRuns: 200 };

const rare = fc.constantFrom(false, false, false, true);
const fiveMinutes = (min: number, max: number) => fc.integer({ min: min / 5, max: max / 5 }).map((n) => n * 5 * MIN);

const eventArb = fc.record({
  // Mostly close to now, so that events overlap and prompts compete for the cap.
  offset: fc.oneof(
    { arbitrary: fiveMinutes(-60, 8 * 60), weight: 3 },
    { arbitrary: fiveMinutes(-13 * 60, 2 * 24 * 60), weight: 3 },
    { arbitrary: fiveMinutes(-24 * 60, 9 * 24 * 60), weight: 1 },
  ),
  duration: fiveMinutes(0, 180),
  title: fc.constantFrom(...TITLES),
  series: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  allDay: rare,
  cancelled: rare,
  transparent: rare,
  declined: rare,
});

const tagArb = fc.record({
  scope: fc.constantFrom('occurrence' as const, 'series' as const),
  index: fc.integer({ min: 0, max: 7 }),
  mode: fc.constantFrom('high-stakes' as const, 'high-stakes' as const, 'never' as const),
  kind: fc.constantFrom(...STAKES_KINDS),
  updatedAt: fc.integer({ min: 0, max: 3 }),
});

const momentArb = fc.record({
  offset: fiveMinutes(-12 * 60, 3 * 24 * 60),
  duration: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
  kind: fc.constantFrom(...STAKES_KINDS),
});

const timingArb = fc.record({ enabled: fc.constantFrom(true, true, true, false), minutes: fc.integer({ min: 0, max: 120 }) });

const settingsArb = fc.record({
  prompts: fc.record({
    rehearse: fc.record({ enabled: fc.boolean(), minutes: fc.integer({ min: 0, max: 24 * 60 }) }),
    affirm: timingArb,
    ready: timingArb,
    feedback: timingArb,
  }),
  quietHours: fc.option(
    fc.record({ start: fc.integer({ min: 0, max: 1439 }), length: fc.integer({ min: 0, max: 10 * 60 }) }).map(({ start, length }) => ({
      start,
      end: (start + length) % 1440,
    })),
    { nil: null, freq: 3 },
  ),
  dailyCap: fc.integer({ min: 0, max: 8 }),
  days: fc.oneof({ arbitrary: fc.constant([0, 1, 2, 3, 4, 5, 6]), weight: 2 }, { arbitrary: fc.subarray([0, 1, 2, 3, 4, 5, 6]), weight: 1 }),
});

/** Shown or snoozed prompts, some for events that are not in the input. */
const markArb = (min: number, max: number) =>
  fc.array(fc.record({ type: fc.constantFrom(...PROMPT_TYPES), index: fc.integer({ min: 0, max: 9 }), offset: fiveMinutes(min, max) }), {
    maxLength: 4,
  });

const inputArb = fc
  .record({
    base: fc.constantFrom(...BASES),
    nowOffset: fc.integer({ min: 0, max: 48 * 60 }).map((m) => m * MIN),
    events: fc.array(eventArb, { maxLength: 8 }),
    tags: fc.array(tagArb, { maxLength: 4 }),
    rules: fc.constantFrom([], DEFAULT_KEYWORD_RULES, DEFAULT_KEYWORD_RULES),
    moments: fc.array(momentArb, { maxLength: 2 }),
    settings: settingsArb,
    fired: markArb(-48 * 60, 0),
    snoozed: markArb(-60, 24 * 60),
    timeZone: fc.constantFrom(...ZONES),
  })
  .map((g): PlanInput => {
    const now = g.base + g.nowOffset;
    const events: ScheduleEvent[] = g.events.map((e, i) => {
      const start = now + e.offset;
      return {
        ...event(`e${i}`, e.title, start, start + (e.allDay ? DAY : e.duration)),
        ...(e.series === undefined ? {} : { seriesKey: `s${e.series}` }),
        allDay: e.allDay,
        cancelled: e.cancelled,
        transparent: e.transparent,
        declined: e.declined,
      };
    });
    const tags: EventTag[] = g.tags.map((t) => ({
      target: t.scope === 'occurrence' ? `e${t.index}` : `s${t.index % 3}`,
      scope: t.scope,
      mode: t.mode,
      kind: t.kind,
      updatedAt: t.updatedAt,
    }));
    const moments: Moment[] = g.moments.map((m, i) => ({
      id: `m${i}`,
      title: `Moment ${i}`,
      start: now + m.offset,
      durationMinutes: m.duration,
      kind: m.kind,
      createdAt: 0,
      updatedAt: 0,
    }));
    const key = (index: number) => (index < 8 ? `e${index}` : `moment:m${index - 8}`);
    const marks = (list: typeof g.fired) => Object.fromEntries(list.map((f) => [triggerId(f.type, key(f.index)), now + f.offset]));
    return {
      events,
      tags,
      rules: g.rules,
      moments,
      settings: g.settings,
      fired: marks(g.fired),
      snoozed: marks(g.snoozed),
      now,
      timeZone: g.timeZone,
    };
  });

describe('plan properties', () => {
  it('(a) plans nothing in quiet hours or on days off', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const t of plan(input).triggers) {
          expect(inQuietHours(localMinutes(t.at, input.timeZone), input.settings.quietHours)).toBe(false);
          expect(input.settings.days).toContain(localWeekday(t.at, input.timeZone));
        }
      }),
      RUNS,
    );
  });

  it('(b) never plans more than the daily cap, counting prompts already shown (a snooze brings back one already counted)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const shown = new Map<number, number>();
        for (const at of Object.values(input.fired)) {
          const day = localDayNumber(at, input.timeZone);
          shown.set(day, (shown.get(day) ?? 0) + 1);
        }
        const planned = new Map<number, number>();
        for (const t of plan(input).triggers) {
          if (t.moved === 'snoozed') continue;
          const day = localDayNumber(t.at, input.timeZone);
          planned.set(day, (planned.get(day) ?? 0) + 1);
        }
        for (const [day, count] of planned) {
          expect(count).toBeLessThanOrEqual(Math.max(0, input.settings.dailyCap - (shown.get(day) ?? 0)));
        }
      }),
      RUNS,
    );
  });

  it('(c) gives unique ids and the same plan for the same input, whatever the order of events', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = plan(input);
        const ids = [...p.triggers, ...p.unavailable].map((t) => t.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(plan(input)).toEqual(p);
        expect(plan({ ...input, events: [...input.events].reverse() })).toEqual(p);
        const sorted = (list: { at: number; id: string }[]) =>
          list.every((t, i) => i === 0 || list[i - 1]!.at < t.at || (list[i - 1]!.at === t.at && list[i - 1]!.id < t.id));
        expect(sorted(p.triggers)).toBe(true);
        expect(sorted(p.unavailable)).toBe(true);
      }),
      RUNS,
    );
  });

  it('(d) moving an event moves its prompts by as much', () => {
    fc.assert(
      fc.property(
        fc.record({
          base: fc.constantFrom(...BASES),
          timeZone: fc.constantFrom(...ZONES),
          // At least 5 hours ahead and the shift at least -2 hours: no prompt (lead ≤ 3 hours) is late.
          offset: fiveMinutes(5 * 60, 5 * 24 * 60),
          duration: fiveMinutes(0, 240),
          shift: fc.integer({ min: -120, max: 2 * 24 * 60 }).map((m) => m * MIN),
          prompts: fc.record({
            // From two hours, a rehearsal's least time left, to three, the least time to the start.
            rehearse: fc.integer({ min: 120, max: 180 }),
            affirm: fc.integer({ min: 0, max: 120 }),
            ready: fc.integer({ min: 0, max: 120 }),
            feedback: fc.integer({ min: 0, max: 120 }),
          }),
        }),
        (g) => {
          const now = g.base;
          const start = now + g.offset;
          const input = (shift: number): PlanInput => ({
            events: [event('e', 'Interview', start + shift, start + g.duration + shift)],
            tags: [],
            rules: DEFAULT_KEYWORD_RULES,
            moments: [],
            settings: {
              prompts: {
                rehearse: { enabled: true, minutes: g.prompts.rehearse },
                affirm: { enabled: true, minutes: g.prompts.affirm },
                ready: { enabled: true, minutes: g.prompts.ready },
                feedback: { enabled: true, minutes: g.prompts.feedback },
              },
              quietHours: null,
              dailyCap: 10,
              days: [0, 1, 2, 3, 4, 5, 6],
            },
            fired: {},
            snoozed: {},
            now,
            timeZone: g.timeZone,
          });
          const before = plan(input(0));
          const after = plan(input(g.shift));
          expect(before.triggers.map((t) => t.moved)).toEqual([undefined, undefined, undefined, undefined]);
          expect(after.triggers.map((t) => [t.id, t.at - g.shift])).toEqual(before.triggers.map((t) => [t.id, t.at]));
        },
      ),
      RUNS,
    );
  });

  it('(e) untagging an event removes its prompts', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 7 }), (generated, index) => {
        const key = `e${index}`;
        const seriesKey = generated.events[index]?.seriesKey;
        const input = { ...generated, rules: [] };
        const untagged = {
          ...input,
          tags: input.tags.filter((t) => !(t.scope === 'occurrence' ? t.target === key : t.target === seriesKey)),
        };
        const p = plan(untagged);
        expect([...p.triggers, ...p.unavailable].filter((t) => t.eventKey === key)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('(f) plans nothing before now, nothing shown already, and nothing twice', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = plan(input);
        const unavailable = new Set(p.unavailable.map((u) => u.id));
        for (const t of p.triggers) {
          expect(t.at).toBeGreaterThanOrEqual(input.now);
          expect(unavailable.has(t.id)).toBe(false);
          expect(input.fired[t.id]).toBeUndefined();
          // Whatever moved a prompt, it still serves its purpose where it landed.
          if (t.moved) expect(isUseful(t.type, t.at, { start: t.eventStart, end: t.eventEnd })).toBe(true);
          if (t.moved === undefined) expect(t.at).toBe(t.idealAt);
        }
        for (const u of p.unavailable) expect(input.fired[u.id]).toBeUndefined();
      }),
      RUNS,
    );
  });
});
