// A small multiple: the indicator's years as a tiny SVG (baseline dashed,
// target line, realization dots), drawn without a chart library so a
// dashboard of hundreds of indicators renders in one pass. The numbers are
// in the title and in the indicator's own page.
import { memo } from 'react';
import type { Series } from '../utils/series.ts';

const W = 132;
const H = 40;
const PAD = 4;
/** Radius of a realization dot. */
const R = 2.8;

export const MiniTrend = memo(function MiniTrend({ series, label }: { series: Series; label: string }) {
  const numbers: number[] = [];
  if (series.baseline?.value != null) numbers.push(series.baseline.value);
  for (const p of series.points) {
    if (p.target !== null) numbers.push(p.target);
    if (p.realization !== null) numbers.push(p.realization);
  }
  if (numbers.length === 0) {
    return (
      <svg className="mini-trend" width={W} height={H} role="img" aria-label={label}>
        <line x1={PAD} x2={W - PAD} y1={H / 2} y2={H / 2} className="mini-empty" />
      </svg>
    );
  }
  let min = Math.min(...numbers);
  let max = Math.max(...numbers);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const n = series.points.length;
  const x = (i: number) => (n <= 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (n - 1));
  const y = (v: number) => H - PAD - ((v - min) / (max - min)) * (H - 2 * PAD);
  let targetPath = '';
  // The realization dots as one path of circles (two arcs each): one element per tile, not one
  // per year, for hundreds of tiles.
  let dots = '';
  series.points.forEach((p, i) => {
    if (p.realization !== null) {
      dots += `M${(x(i) - R).toFixed(1)},${y(p.realization).toFixed(1)}a${R},${R} 0 1,0 ${2 * R},0a${R},${R} 0 1,0 ${-2 * R},0`;
    }
    if (p.target === null) return;
    targetPath += `${targetPath && series.points[i - 1]?.target !== null ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.target).toFixed(1)}`;
  });
  return (
    <svg className="mini-trend" width={W} height={H} role="img" aria-label={label}>
      {series.baseline?.value != null ? (
        <line x1={PAD} x2={W - PAD} y1={y(series.baseline.value)} y2={y(series.baseline.value)} className="mini-baseline" />
      ) : null}
      {targetPath ? <path d={targetPath} className="mini-target" /> : null}
      {dots ? <path d={dots} className="mini-real" /> : null}
    </svg>
  );
});
