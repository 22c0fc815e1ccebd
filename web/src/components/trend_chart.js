// One metric's trend over the patient's timepoints, as a small SVG chart drawn here (no chart
// library: positions are SVG attributes, colours come from the stylesheet, so the strict CSP
// holds). Each point is labelled with its value; the shaded band is the first timepoint's
// value ± the metric's minimal detectable change (what repeat photos of unchanged skin differ
// by), so a change inside it reads as noise. A point from a photo without the colour card is
// drawn hollow and dashed, with a note. The chart's description lists the values.
import { html } from '../lib/html.js';
import { formatMetric, metricLabel, timepointLabel, trendGeometry } from '../lib/photos.js';

const WIDTH = 320;
const HEIGHT = 170;
const LEFT = 48;
const RIGHT = 24;
const TOP = 24;
const BOTTOM = 34;

// The first point's value reads to its right (clear of the axis' ticks), the last one's to its
// left, the others centred.
function valueAnchor(i, n) {
  if (n > 1 && i === 0) return 'start';
  if (n > 1 && i === n - 1) return 'end';
  return 'middle';
}
function valueShift(i, n) {
  return { start: 4, end: -4, middle: 0 }[valueAnchor(i, n)];
}

export function TrendChart({ metric, series, mdc = null, uncalibrated = [] }) {
  const { points, line, low, high, band } = trendGeometry(series, { width: WIDTH, height: HEIGHT, left: LEFT, right: RIGHT, top: TOP, bottom: BOTTOM, mdc });
  const id = `trend-${metric.replace(/[^a-z0-9]+/gi, '-')}`;
  const loose = (p) => uncalibrated.includes(p.photo_id);
  const values = points.map((p) => `${timepointLabel(p.timepoint)}: ${formatMetric(metric, p.value)}${loose(p) ? ' (no colour card)' : ''}`).join('; ');
  const noise = band ? ` Shaded: within ±${formatMetric(metric, mdc)} of the first value, the minimal detectable change.` : '';
  return html`<figure class="trend" data-metric=${metric}>
    <figcaption id=${`${id}-caption`}>${metricLabel(metric)}</figcaption>
    <svg class="trend__chart" viewBox=${`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby=${`${id}-caption ${id}-desc`} focusable="false">
      <desc id=${`${id}-desc`}>${`${values}.${noise}`}</desc>
      ${band && html`<rect class="trend__band" x=${LEFT} y=${band.y} width=${WIDTH - LEFT - RIGHT} height=${band.height} />`}
      <line class="trend__axis" x1=${LEFT} y1=${TOP} x2=${LEFT} y2=${HEIGHT - BOTTOM} />
      <line class="trend__axis" x1=${LEFT} y1=${HEIGHT - BOTTOM} x2=${WIDTH - RIGHT} y2=${HEIGHT - BOTTOM} />
      <text class="trend__tick" x=${LEFT - 6} y=${TOP + 4} text-anchor="end">${formatMetric(metric, high)}</text>
      <text class="trend__tick" x=${LEFT - 6} y=${HEIGHT - BOTTOM + 4} text-anchor="end">${formatMetric(metric, low)}</text>
      ${points.length > 1 && html`<polyline class="trend__line" points=${line} />`}
      ${points.map(
        (p, i) => html`<g class=${`trend__point ${loose(p) ? 'trend__point--loose' : ''}`} data-timepoint=${p.timepoint}>
          <circle cx=${p.x} cy=${p.y} r="4.5" />
          <text class="trend__value" x=${p.x + valueShift(i, points.length)} y=${p.y - 9} text-anchor=${valueAnchor(i, points.length)}>${formatMetric(metric, p.value)}</text>
          <text class="trend__label" x=${p.x} y=${HEIGHT - 12} text-anchor="middle">${timepointLabel(p.timepoint)}${loose(p) ? ' *' : ''}</text>
        </g>`,
      )}
    </svg>
    ${points.some(loose) && html`<p class="trend__note">* No colour card in that photo: not calibrated, so not comparable in colour or size.</p>`}
  </figure>`;
}
