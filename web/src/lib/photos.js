// Photos for people: the names of timepoints, views and metrics (docs/API.md "Consent and
// photos", the photo contract's metric keys), the upload's query and media type, and the
// geometry of a metric's trend chart. Plain functions, unit-tested in web/test.

export const VIEWS = [
  ['front', 'Front'],
  ['left_45', 'Left 45°'],
  ['right_45', 'Right 45°'],
  ['left_90', 'Left profile'],
  ['right_90', 'Right profile'],
  ['close_up', 'Close-up'],
];

export const SESSION_CHOICES = 12; // session_1 … session_12 offered (the API takes up to 99)

export const TIMEPOINTS = [
  ['baseline', 'Baseline'],
  ...Array.from({ length: SESSION_CHOICES }, (_, i) => [`session_${i + 1}`, `Session ${i + 1}`]),
  ['month_1', '1 month after'],
  ['month_3', '3 months after'],
  ['month_6', '6 months after'],
];

export function viewLabel(view) {
  const found = VIEWS.find(([code]) => code === view);
  return found ? found[1] : view;
}

export function timepointLabel(timepoint) {
  const session = /^session_([1-9][0-9]?)$/.exec(timepoint || '');
  if (session) return `Session ${session[1]}`;
  const found = TIMEPOINTS.find(([code]) => code === timepoint);
  return found ? found[1] : timepoint;
}

// The order of timepoints in time (as the API's trend orders them); null for an unknown one.
export function timepointRank(timepoint) {
  if (timepoint === 'baseline') return 0;
  const months = { month_1: 1001, month_3: 1003, month_6: 1006 };
  if (timepoint in months) return months[timepoint];
  const session = /^session_([1-9][0-9]?)$/.exec(timepoint || '');
  return session ? Number(session[1]) : null;
}

// Photos grouped by timepoint, in time order; within one, by view and then oldest first.
export function groupByTimepoint(photos) {
  const viewOrder = (view) => VIEWS.findIndex(([code]) => code === view);
  const groups = new Map();
  for (const photo of photos) {
    if (!groups.has(photo.timepoint)) groups.set(photo.timepoint, []);
    groups.get(photo.timepoint).push(photo);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (timepointRank(a) ?? 1e9) - (timepointRank(b) ?? 1e9))
    .map(([timepoint, items]) => ({
      timepoint,
      photos: [...items].sort((a, b) => viewOrder(a.view) - viewOrder(b.view) || a.id - b.id),
    }));
}

// The baseline to guide a new photo of `view`: the newest baseline of that view, else null.
export function guideFor(photos, view) {
  const baselines = photos.filter((p) => p.timepoint === 'baseline' && p.view === view);
  return baselines.length > 0 ? baselines.reduce((a, b) => (b.id > a.id ? b : a)) : null;
}

// The upload's address: the metadata go in the query (ids and codes only, never patient data).
export function uploadPath(patientId, { timepoint, view, appointmentId }) {
  const q = new URLSearchParams({ timepoint, view });
  if (appointmentId) q.set('appointment_id', String(appointmentId));
  return `/api/v1/patients/${patientId}/photos?${q}`;
}

// The media type a file's first bytes say it is (the API decides by content too, and refuses
// a Content-Type that disagrees); null when it is neither a JPEG nor a PNG.
export function imageTypeOf(bytes) {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'image/png';
  return null;
}

// The upload's query-parameter problems ("?timepoint") as form pointers ("/timepoint"), so
// they land beside their fields.
export function queryErrors(errors) {
  return (errors || []).map((e) => ({ ...e, path: e.path.startsWith('?') ? `/${e.path.slice(1)}` : e.path }));
}

// Whether an upload was refused for want of a current photography consent.
export function isConsentRefusal(error) {
  return Boolean(error && error.status === 422 && /photography consent/.test(error.detail || ''));
}

// The contract's metrics: a label and how to write a value (sizes in mm when calibrated, in
// pixels otherwise, under their own keys).
const METRICS = {
  'spots.count': { label: 'Spots', unit: '', digits: 0 },
  'spots.area_mm2': { label: 'Spot area', unit: 'mm²', digits: 1 },
  'spots.area_px': { label: 'Spot area', unit: 'px', digits: 0 },
  'redness.delta_a': { label: 'Redness (Δa*)', unit: '', digits: 2 },
  'redness.area_fraction': { label: 'Red area', unit: '% of skin', digits: 2, percent: true },
  'pores.count': { label: 'Pores', unit: '', digits: 0 },
  'pores.per_cm2': { label: 'Pore density', unit: 'per cm²', digits: 1 },
  'pores.per_mpx': { label: 'Pore density', unit: 'per megapixel', digits: 1 },
  'lines.count': { label: 'Lines', unit: '', digits: 0 },
  'lines.length_mm': { label: 'Line length', unit: 'mm', digits: 1 },
  'lines.length_px': { label: 'Line length', unit: 'px', digits: 0 },
  'texture.roughness': { label: 'Texture roughness', unit: '', digits: 3 },
  ita_deg: { label: 'Skin tone (ITA)', unit: '°', digits: 1 },
};
export const METRIC_ORDER = Object.keys(METRICS);

export function metricLabel(metric) {
  const m = METRICS[metric];
  if (!m) return metric;
  return m.unit ? `${m.label} (${m.unit})` : m.label;
}

// A metric's value for reading ("12.5", "7.07" for a fraction shown as a percentage).
export function formatMetric(metric, value, { signed = false } = {}) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const m = METRICS[metric] || { digits: 2 };
  const shown = m.percent ? value * 100 : value;
  const text = Math.abs(shown) < 1e-12 ? (0).toFixed(m.digits) : shown.toFixed(m.digits);
  return signed && shown > 0 ? `+${text}` : text.replace(/^-/, '−');
}

// The comparison's `changes` as rows in the metrics' order: { metric, before, after, change,
// mdc, significant } (a metric the pair could not measure has nulls).
export function changeRows(changes) {
  if (!changes) return [];
  const order = (k) => (METRIC_ORDER.includes(k) ? METRIC_ORDER.indexOf(k) : METRIC_ORDER.length);
  return Object.keys(changes)
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .map((metric) => ({ metric, ...changes[metric] }));
}

// The metrics of a trend answer worth a chart, in the metrics' order.
export function trendMetrics(trend) {
  if (!trend || !trend.metrics) return [];
  return Object.keys(trend.metrics)
    .filter((k) => METRICS[k] && trend.metrics[k].length > 0)
    .sort((a, b) => METRIC_ORDER.indexOf(a) - METRIC_ORDER.indexOf(b));
}

// Where a series' points go in a chart of `width` × `height` (SVG user units) inside the
// margins `left`, `right`, `top`, `bottom`: evenly spaced timepoints left to right, values
// scaled between the lowest and the highest. With `mdc` (the metric's minimal detectable
// change) the scale spans at least the first value ± mdc, and `band` is that span: a change
// inside it is noise, and the chart does not make it look like more (a flat series without
// one sits in the middle). Never below zero for a metric that never is.
export function trendGeometry(series, { width = 320, height = 170, left = 48, right = 24, top = 24, bottom = 34, mdc = null } = {}) {
  const values = series.map((p) => p.value);
  let low = Math.min(...values);
  let high = Math.max(...values);
  const floor = low >= 0 ? 0 : -Infinity;
  let band = null;
  if (mdc !== null && mdc !== undefined && mdc > 0 && values.length > 0) {
    band = [Math.max(floor, values[0] - mdc), values[0] + mdc];
    low = Math.min(low, band[0]);
    high = Math.max(high, band[1]);
  } else if (floor === 0) {
    low = 0; // without a noise level, a non-negative metric is drawn from zero
  }
  if (high === low) {
    // A flat series without a band: a small span around it, so the ticks stay true.
    const half = Math.max(1, Math.abs(high) * 0.1);
    low = Math.max(floor, low - half);
    high += half;
  }
  const span = high - low;
  const innerW = width - left - right;
  const innerH = height - top - bottom;
  const round = (n) => Math.round(n * 10) / 10;
  const yOf = (v) => round(top + innerH * (1 - (v - low) / span));
  const points = series.map((p, i) => ({
    ...p,
    x: round(series.length === 1 ? left + innerW / 2 : left + (innerW * i) / (series.length - 1)),
    y: yOf(p.value),
  }));
  return {
    points,
    line: points.map((p) => `${p.x},${p.y}`).join(' '),
    low,
    high,
    band: band && { y: yOf(band[1]), height: round(yOf(band[0]) - yOf(band[1])) },
  };
}
