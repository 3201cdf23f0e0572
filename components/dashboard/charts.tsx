/**
 * Two small chart components in plain SVG (no library): columns over days and
 * horizontal bars by label. The SVG is hidden from assistive technology; each
 * chart comes with a table holding the same numbers, visually hidden but read
 * by screen readers.
 */
import type { ComponentChildren } from 'preact';

/** One column of a ColumnChart. */
export interface Column {
  /** Short label under the column (shown for some columns only). */
  label: string;
  value: number;
  /** Full label for the table and the tooltip. */
  title: string;
}

/** A figure: heading, the chart (aria-hidden) and its table. */
export function ChartFigure(props: {
  title: string;
  caption: string;
  chart: ComponentChildren;
  table: ComponentChildren;
}) {
  return (
    <figure class="pw-chart">
      <figcaption>
        <strong>{props.title}</strong> <span class="pw-muted">{props.caption}</span>
      </figcaption>
      <div aria-hidden="true">{props.chart}</div>
      {props.table}
    </figure>
  );
}

/** A table for screen readers: a header row and one row per entry. */
export function SrTable(props: { caption: string; head: string[]; rows: Array<Array<string | number>> }) {
  return (
    <table class="pw-sr-only">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          {props.head.map((h) => (
            <th scope="col" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, i) => (
          <tr key={i}>{row.map((cell, j) => (j === 0 ? <th scope="row">{cell}</th> : <td>{cell}</td>))}</tr>
        ))}
      </tbody>
    </table>
  );
}

const nice = (max: number) => {
  if (max <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
};

/** Columns, one per entry, with a label under every `labelEvery`-th column and the top value on the axis. */
export function ColumnChart(props: { columns: Column[]; labelEvery?: number; maxLabel: (max: number) => string }) {
  const { columns, labelEvery = 7 } = props;
  const W = 560;
  const H = 150;
  const top = 14;
  const bottom = 20;
  const plot = H - top - bottom;
  const max = nice(Math.max(0, ...columns.map((c) => c.value)));
  const slot = W / Math.max(1, columns.length);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="presentation" focusable="false">
      <line x1={0} y1={top} x2={W} y2={top} class="pw-grid" />
      <line x1={0} y1={top + plot} x2={W} y2={top + plot} class="pw-axis" />
      <text x={2} y={top - 3} class="pw-tick">
        {props.maxLabel(max)}
      </text>
      {columns.map((c, i) => {
        const h = (Math.max(0, c.value) / max) * plot;
        const x = i * slot + slot * 0.15;
        const label = (columns.length - 1 - i) % labelEvery === 0; // the last day and every week back
        return (
          <g key={c.title}>
            <rect x={x} y={top + plot - h} width={slot * 0.7} height={h} class="pw-bar">
              <title>{c.title}</title>
            </rect>
            {label ? (
              <text x={i * slot + slot / 2} y={H - 5} text-anchor="middle" class="pw-tick">
                {c.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

/** Horizontal bars, one per row, label on the left and the value at the end of the bar. */
export function BarList(props: { rows: Array<{ label: string; value: number; tone?: 'warn' | 'good' }> }) {
  const W = 560;
  const row = 22;
  const labelW = 190;
  const H = Math.max(row, props.rows.length * row);
  const max = Math.max(1, ...props.rows.map((r) => r.value));
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="presentation" focusable="false">
      {props.rows.map((r, i) => {
        const w = (r.value / max) * (W - labelW - 40);
        const y = i * row;
        return (
          <g key={r.label}>
            <text x={labelW - 6} y={y + 15} text-anchor="end" class="pw-label">
              {r.label}
            </text>
            <rect x={labelW} y={y + 4} width={w} height={row - 8} class={`pw-bar ${r.tone ? `pw-${r.tone}` : ''}`} />
            <text x={labelW + w + 4} y={y + 15} class="pw-label">
              {r.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
