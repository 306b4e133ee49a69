// Small SVG charts of the user's own progress. Drawn by hand rather than with
// a charting library: a few simple shapes (bars, a line, a grid of days), no
// extra code to load, colours from the design tokens (so dark mode follows),
// and each with its numbers in a table as the text alternative.
import { middayOf, type WinHeatmap as WinHeatmapData } from '@/lib/journal/heatmap';
import type { ConfidencePoint, ExerciseRatings } from '@/lib/journal/progress';
import { RESPONSES, type PromptResponses } from '@/lib/journal/responses';
import type { PromptType } from '@/lib/planner/types';
import { wrap } from '@/lib/text/wrap';
import { historyText as t } from './strings';
import { EmptyState } from '../common/EmptyState';
import { BellRing, ChartColumn, ChartLine } from 'lucide-preact';

const WIDTH = 480;
const ROW = 34;
const LINE = 15;
const BARS = 34;
// About as many 12px characters as fit across the chart.
const TITLE_CHARS = 64;
const TICKS = [0, 2, 4, 6, 8, 10];


/** The answers at the start and end of each exercise, on average, with how many times each rests on. */
export function RatingsAround({ rows: effects, titleOf }: { rows: readonly ExerciseRatings[]; titleOf: (flowId: string) => string }) {
  if (effects.length === 0) return <EmptyState title={t.noRatings} icon={<ChartColumn size={24} />} />;
  // Titles sit on their own line(s) above their bars, so a long one is never cut off behind them.
  const left = 18;
  // Room after the longest bar for "3 → 7, 12 times".
  const scale = (n: number) => ((WIDTH - left - 110) * n) / 10;
  const rows = effects.reduce<{ e: ExerciseRatings; lines: string[]; y: number }[]>((acc, e) => {
    const prev = acc.at(-1);
    const y = prev ? prev.y + prev.lines.length * LINE + BARS : 8;
    return [...acc, { e, lines: wrap(titleOf(e.flowId), TITLE_CHARS), y }];
  }, []);
  const last = rows.at(-1)!;
  const plotBottom = last.y + last.lines.length * LINE + BARS - 6;
  const height = plotBottom + 18;
  return (
    <figure class="chart">
      <p class="chart-legend" aria-hidden="true">
        <span class="chart-swatch chart-swatch-before" /> {t.readinessBefore}
        <span class="chart-swatch chart-swatch-after" /> {t.readinessAfter}
      </p>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="ratings-caption" class="chart-svg">
        {TICKS.map((n) => (
          <g key={n}>
            {/* Broken around each title, so no line runs through the words. */}
            {rows.map(({ e, lines, y }) => (
              <line key={`${e.flowId}|${e.measure}`} x1={left + scale(n)} x2={left + scale(n)} y1={y + lines.length * LINE} y2={y + lines.length * LINE + BARS - 4} class="chart-grid" />
            ))}
            <text x={left + scale(n)} y={plotBottom + 14} text-anchor="middle" class="chart-value chart-axis">
              {n}
            </text>
          </g>
        ))}
        {rows.map(({ e, lines, y }) => {
          const bars = y + lines.length * LINE + 4;
          return (
            <g key={`${e.flowId}|${e.measure}`}>
              <text x={2} y={y + 12} class="chart-label">
                {lines.map((line, i) => (
                  <tspan key={i} x={2} dy={i === 0 ? 0 : LINE}>
                    {line}
                  </tspan>
                ))}
              </text>
              <rect x={left} y={bars} width={scale(e.before)} height={11} class="chart-before" rx={2} />
              <rect x={left} y={bars + 13} width={scale(e.after)} height={11} class="chart-after" rx={2} />
              <text x={left + scale(Math.max(e.before, e.after)) + 6} y={bars + 17} class="chart-value">
                {t.ratingsValue(e.before, e.after, e.count)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption id="ratings-caption">{t.ratingsCaption}</figcaption>
      <details>
        <summary>{t.asTable}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.exercise}</th>
              <th scope="col">{t.question}</th>
              <th scope="col">{t.times}</th>
              <th scope="col">{t.readinessBefore}</th>
              <th scope="col">{t.readinessAfter}</th>
            </tr>
          </thead>
          <tbody>
            {effects.map((e) => (
              <tr key={`${e.flowId}|${e.measure}`}>
                <th scope="row">{titleOf(e.flowId)}</th>
                <td>{t.measureName[e.measure]}</td>
                <td>{e.count}</td>
                <td>{e.before}</td>
                <td>{e.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** The confidence check's score over time. */
export function ConfidenceTrend({ points }: { points: readonly ConfidencePoint[] }) {
  if (points.length === 0) return <EmptyState title={t.noChecks} icon={<ChartLine size={24} />} />;
  const height = 180;
  // Room on the left for the 1–10 labels and below for the dates.
  const left = 30;
  const right = 34;
  const top = 10;
  const bottom = 30;
  const first = points[0]!.at;
  const span = Math.max(1, points.at(-1)!.at - first);
  const x = (at: number) => (points.length === 1 ? (left + WIDTH - right) / 2 : left + ((WIDTH - left - right) * (at - first)) / span);
  const y = (score: number) => height - bottom - ((height - top - bottom) * (score - 1)) / 9;
  const date = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  const short = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
  // The first and last check, and one between when there is room, so the dates never overlap.
  const dated = points.length === 1 ? [points[0]!] : points.length === 2 ? [points[0]!, points[1]!] : [points[0]!, points[Math.floor((points.length - 1) / 2)]!, points.at(-1)!];
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="trend-caption" class="chart-svg">
        {[1, 4, 7, 10].map((score) => (
          <g key={score}>
            <line x1={left} x2={WIDTH - right} y1={y(score)} y2={y(score)} class="chart-grid" />
            <text x={left - 8} y={y(score) + 4} text-anchor="end" class="chart-value chart-axis">
              {score}
            </text>
          </g>
        ))}
        {dated.map((p, i) => (
          <text
            key={p.at}
            x={x(p.at)}
            y={height - 8}
            text-anchor={dated.length === 1 ? 'middle' : i === 0 ? 'start' : i === dated.length - 1 ? 'end' : 'middle'}
            class="chart-value chart-axis"
          >
            {short.format(p.at)}
          </text>
        ))}
        <polyline points={points.map((p) => `${x(p.at)},${y(p.score)}`).join(' ')} class="chart-line" />
        {points.map((p) => (
          <circle key={p.at} cx={x(p.at)} cy={y(p.score)} r={4} class="chart-point" />
        ))}
      </svg>
      <figcaption id="trend-caption">{t.trendCaption(points.length, points[0]!.score, points.at(-1)!.score)}</figcaption>
      <details>
        <summary>{t.asTable}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.date}</th>
              <th scope="col">{t.score}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.at}>
                <td>{date.format(p.at)}</td>
                <td>{p.score}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

const CELL = 15;
const GAP = 3;
const WEEKDAY_LABELS = 34;
const MONTH_LABELS = 16;

/** Wins per day over the last twelve weeks, with the streak: a wall of small wins. */
export function WinHeatmap({ map }: { map: WinHeatmapData }) {
  const width = WEEKDAY_LABELS + map.weeks.length * (CELL + GAP);
  const height = MONTH_LABELS + 7 * (CELL + GAP);
  const day = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
  const month = new Intl.DateTimeFormat(undefined, { month: 'short' });
  const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
  const monthStarts = map.weeks.flatMap((week, w) => {
    const starts = week.find((d) => new Date(middayOf(d.day)).getDate() === 1);
    return w === 0 || starts ? [{ w, label: month.format(middayOf((starts ?? week[0]!).day)) }] : [];
  });
  return (
    <figure class="chart">
      <p class="heatmap-streak">{t.streak(map.streak)}</p>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="heatmap-caption" class="chart-svg heatmap-svg">
        {monthStarts.map(({ w, label }) => (
          <text key={w} x={WEEKDAY_LABELS + w * (CELL + GAP)} y={11} class="chart-value">
            {label}
          </text>
        ))}
        {[0, 2, 4].map((d) => (
          <text key={d} x={0} y={MONTH_LABELS + d * (CELL + GAP) + 11} class="chart-value">
            {weekday.format(middayOf(map.weeks[0]![d]!.day))}
          </text>
        ))}
        {map.weeks.map((week, w) =>
          week.map((d, i) =>
            d.future ? null : (
              <rect
                key={d.day}
                x={WEEKDAY_LABELS + w * (CELL + GAP)}
                y={MONTH_LABELS + i * (CELL + GAP)}
                width={CELL}
                height={CELL}
                rx={3}
                class={`heat heat-${d.level}`}
              >
                <title>{t.winsOn(d.count, day.format(middayOf(d.day)))}</title>
              </rect>
            ),
          ),
        )}
      </svg>
      <figcaption id="heatmap-caption">{t.heatmapCaption(map.total, map.activeDays, map.streak)}</figcaption>
      <details>
        <summary>{t.asTable}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.weekOf}</th>
              {map.weeks[0]!.map((d) => (
                <th key={d.day} scope="col">
                  {weekday.format(middayOf(d.day))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.weeks.map((week) => (
              <tr key={week[0]!.day}>
                <th scope="row">{day.format(middayOf(week[0]!.day))}</th>
                {week.map((d) => (
                  <td key={d.day}>{d.future ? '' : d.count}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** How the prompts shown were met, per prompt type: a stacked bar each. */
export function PromptResponsesChart({ rows, labelOf }: { rows: readonly PromptResponses[]; labelOf: (type: PromptType) => string }) {
  if (rows.length === 0) return <EmptyState title={t.noResponses} icon={<BellRing size={24} />} />;
  const label = 190;
  const widest = Math.max(...rows.map((r) => r.total));
  const scale = (n: number) => ((WIDTH - label - 10) * n) / widest;
  const height = rows.length * ROW + 6;
  return (
    <figure class="chart">
      <p class="chart-legend" aria-hidden="true">
        {RESPONSES.map((r) => (
          <span key={r} class="chart-legend-item">
            <span class={`chart-swatch response-${r}`} /> {t.response[r]}
          </span>
        ))}
      </p>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="responses-caption" class="chart-svg">
        {rows.map((row, i) => {
          const y = i * ROW + 6;
          let x = label;
          return (
            <g key={row.type}>
              <text x={0} y={y + 15} class="chart-label">
                {labelOf(row.type)}
              </text>
              {RESPONSES.map((r) => {
                const w = scale(row.counts[r]);
                const rect = w > 0 ? <rect key={r} x={x} y={y} width={w} height={22} class={`response-${r}`} /> : null;
                x += w;
                return rect;
              })}
            </g>
          );
        })}
      </svg>
      <figcaption id="responses-caption">{t.responsesCaption(rows.reduce((s, r) => s + r.counts.acted, 0), rows.reduce((s, r) => s + r.total, 0))}</figcaption>
      <details>
        <summary>{t.asTable}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.prompt}</th>
              {RESPONSES.map((r) => (
                <th key={r} scope="col">
                  {t.response[r]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.type}>
                <th scope="row">{labelOf(row.type)}</th>
                {RESPONSES.map((r) => (
                  <td key={r}>{row.counts[r]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
