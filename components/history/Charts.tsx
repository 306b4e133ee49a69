// Small SVG charts of the user's own progress. Drawn by hand rather than with
// a charting library: two simple shapes, no extra code to load, colours from
// the design tokens (so dark mode follows), and each with its numbers in a
// table as the text alternative.
import type { ConfidencePoint, ExerciseEffect } from '@/lib/history/progress';
import { historyText as t } from './strings';

const WIDTH = 480;
const ROW = 34;

/** Readiness before and after, per exercise: what works for this user. */
export function WhatWorks({ effects, titleOf }: { effects: readonly ExerciseEffect[]; titleOf: (flowId: string) => string }) {
  if (effects.length === 0) return <p class="muted">{t.noEffects}</p>;
  const label = 190;
  const scale = (n: number) => ((WIDTH - label - 40) * n) / 10;
  const height = effects.length * ROW + 10;
  return (
    <figure class="chart">
      <p class="chart-legend" aria-hidden="true">
        <span class="chart-swatch chart-swatch-before" /> {t.readinessBefore}
        <span class="chart-swatch chart-swatch-after" /> {t.readinessAfter}
      </p>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="what-works-caption" class="chart-svg">
        {effects.map((e, i) => {
          const y = i * ROW + 6;
          return (
            <g key={e.flowId}>
              <text x={0} y={y + 17} class="chart-label">
                {titleOf(e.flowId)}
              </text>
              <rect x={label} y={y} width={scale(e.before)} height={11} class="chart-before" rx={2} />
              <rect x={label} y={y + 13} width={scale(e.after)} height={11} class="chart-after" rx={2} />
              <text x={label + scale(Math.max(e.before, e.after)) + 6} y={y + 17} class="chart-value">
                {`${e.before} → ${e.after}`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption id="what-works-caption">{t.whatWorksCaption}</figcaption>
      <details>
        <summary>{t.asTable}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.exercise}</th>
              <th scope="col">{t.times}</th>
              <th scope="col">{t.readinessBefore}</th>
              <th scope="col">{t.readinessAfter}</th>
            </tr>
          </thead>
          <tbody>
            {effects.map((e) => (
              <tr key={e.flowId}>
                <th scope="row">{titleOf(e.flowId)}</th>
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
  if (points.length === 0) return <p class="muted">{t.noChecks}</p>;
  const height = 160;
  const pad = 24;
  const first = points[0]!.at;
  const span = Math.max(1, points.at(-1)!.at - first);
  const x = (at: number) => (points.length === 1 ? WIDTH / 2 : pad + ((WIDTH - 2 * pad) * (at - first)) / span);
  const y = (score: number) => height - pad - ((height - 2 * pad) * (score - 1)) / 9;
  const date = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="trend-caption" class="chart-svg">
        {[1, 5.5, 10].map((score) => (
          <line key={score} x1={pad} x2={WIDTH - pad} y1={y(score)} y2={y(score)} class="chart-grid" />
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
