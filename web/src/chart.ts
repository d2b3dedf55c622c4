// Charts with uPlot (bundled; canvas, ~50 kB): line series over x, optional marked points.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { h } from './dom.js';

export interface Series {
  label: string;
  values: (number | null)[];
  points?: boolean;
  color: string;
}

export function lineChart(title: string, xLabel: string, x: number[], series: Series[], opts: { id?: string; xFormat?: (v: number) => string; yFormat?: (v: number) => string } = {}): HTMLElement {
  const box = h('figure', { class: 'chart', id: opts.id, 'aria-label': title }, h('figcaption', {}, title));
  const draw = () => {
    const width = Math.max(280, Math.min(720, box.clientWidth || 640));
    // A canvas knows no currentColor: the axes take the page's text colour (light or dark scheme).
    const fg = getComputedStyle(box).color;
    new uPlot(
      {
        width,
        height: 240,
        scales: { x: { time: false } },
        axes: [
          { label: xLabel, stroke: fg, grid: { stroke: 'rgba(128,128,128,.2)' }, values: opts.xFormat ? (_u, vs) => vs.map(opts.xFormat!) : undefined },
          { stroke: fg, grid: { stroke: 'rgba(128,128,128,.2)' }, values: opts.yFormat ? (_u, vs) => vs.map(opts.yFormat!) : undefined, size: 70 },
        ],
        series: [{ label: xLabel }, ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2, points: { show: s.points ?? false, size: 9, fill: s.color }, paths: s.points ? () => null : undefined }))],
      },
      [x, ...series.map((s) => s.values)] as uPlot.AlignedData,
      box,
    );
  };
  // Drawn once attached (its width is known then).
  requestAnimationFrame(draw);
  return box;
}
