// A patient's before/after photos: the photography consent, the upload with its capture
// guide, the photos by timepoint (thumbnails, view, notes, who took them), one photo with its
// measurements, and the comparison of two — side by side, a wipe slider over the registered
// pair, the feature overlays in fixed colours, each metric's change against its minimal
// detectable change, and each metric's trend over the timepoints. The portal shows the same
// list and upload for the logged-in patient's own photos only (any other id is not found).
import { useEffect, useRef, useState } from 'preact/hooks';

import { PhotoConsent } from '../components/photo_consent.js';
import { PhotoUpload } from '../components/photo_upload.js';
import { TrendChart } from '../components/trend_chart.js';
import { Badge, Empty, ErrorBox, ErrorSummary, Loading, PageTitle, Refusal, SelectField, SubmitButton, TextArea, Time } from '../components/ui.js';
import { api } from '../lib/api.js';
import { fullName } from '../lib/format.js';
import { html } from '../lib/html.js';
import { METRIC_ORDER, VIEWS, changeRows, formatMetric, groupByTimepoint, metricLabel, timepointLabel, trendMetrics, viewLabel } from '../lib/photos.js';
import { useReadyMark, useResource } from '../lib/resource.js';
import { navigate } from '../lib/router.js';

function photoName(p) {
  return `${timepointLabel(p.timepoint)}, ${viewLabel(p.view).toLowerCase()}`;
}

// The photos by timepoint, each a thumbnail linking to the photo's page.
function PhotoList({ photos, base, portal, analysing }) {
  if (photos.length === 0) {
    return html`<${Empty}>${portal ? 'No photos yet.' : 'No photos yet. Upload the baseline first.'}</${Empty}>`;
  }
  return html`<div class="photo-groups">
    ${groupByTimepoint(photos).map(
      (group) => html`<section class="photo-group" data-timepoint=${group.timepoint} aria-labelledby=${`tp-${group.timepoint}`}>
        <h3 id=${`tp-${group.timepoint}`}>${timepointLabel(group.timepoint)}</h3>
        <ul class="photo-grid">
          ${group.photos.map(
            (p) => html`<li class="photo-tile" data-photo=${p.id}>
              <a href=${`${base}/${p.id}`} class="photo-tile__link">
                <img src=${p.thumbnail_url} alt="" width=${Math.round((320 * p.width) / Math.max(p.width, p.height))} height=${Math.round((320 * p.height) / Math.max(p.width, p.height))} />
                <span class="photo-tile__name">${viewLabel(p.view)}<span class="visually-hidden">, ${timepointLabel(p.timepoint)}, photo ${p.id}</span></span>
              </a>
              <span class="photo-tile__meta">
                <${Time} date=${p.created_at.slice(0, 10)} />
                ${p.patient_taken && html` <${Badge} kind="neutral">${portal ? 'Taken by you' : 'Patient-taken'}</${Badge}>`}
                ${!portal && (analysing === p.id ? html` <span class="muted">Measuring…</span>` : p.analysed_at ? html` <${Badge} kind="ok">Measured</${Badge}>` : '')}
              </span>
              ${p.notes && html`<span class="photo-tile__notes">${p.notes}</span>`}
            </li>`,
          )}
        </ul>
      </section>`,
    )}
  </div>`;
}

// Choosing two photos of the patient to compare (a follow-up against its baseline).
function CompareForm({ patientId, photos }) {
  const sorted = [...photos].sort((a, b) => a.id - b.id);
  const baseline = sorted.find((p) => p.timepoint === 'baseline') || sorted[0];
  const latest = [...sorted].reverse().find((p) => p.id !== baseline.id && p.view === baseline.view) || sorted[sorted.length - 1];
  const [before, setBefore] = useState(String(baseline.id));
  const [after, setAfter] = useState(String(latest.id));
  const [errors, setErrors] = useState([]);
  const options = sorted.map((p) => [String(p.id), `${photoName(p)} (#${p.id})`]);
  const submit = (event) => {
    event.preventDefault();
    if (before === after) return setErrors([{ path: '/after_id', message: 'choose a different photo than the one before' }]);
    setErrors([]);
    navigate(`/staff/patients/${patientId}/photos/compare?before=${before}&after=${after}`);
  };
  return html`<section class="card" aria-labelledby="compare-heading">
    <h2 id="compare-heading">Compare two photos</h2>
    <form class="form form--compact" onSubmit=${submit} novalidate>
      <${ErrorSummary} errors=${errors} />
      <div class="grid grid--2">
        <${SelectField} label="Before" pointer="/before_id" errors=${errors} value=${before} onValue=${setBefore} options=${options} />
        <${SelectField} label="After" pointer="/after_id" errors=${errors} value=${after} onValue=${setAfter} options=${options} />
      </div>
      <button type="submit" class="button">Compare</button>
    </form>
  </section>`;
}

// The photos of a trend measured without the colour card (their colours and sizes are not
// comparable with calibrated ones; the chart marks them).
function uncalibrated(trend) {
  return trend.points.filter((p) => !p.calibrated).map((p) => p.photo_id);
}

// Each metric over the timepoints for one view (the newest measured photo of each timepoint).
function PhotoTrend({ patientId, photos }) {
  const views = VIEWS.filter(([code]) => photos.some((p) => p.view === code && p.analysed_at));
  const [view, setView] = useState(views.length ? views[0][0] : 'front');
  const measured = photos.filter((p) => p.view === view && p.analysed_at).map((p) => p.analysed_at).sort().at(-1) || '';
  const trend = useResource(views.length ? `/api/v1/patients/${patientId}/photo-trend?view=${view}` : null);
  // Re-read once a newly measured photo appears.
  const seen = useRef(measured);
  useEffect(() => {
    if (seen.current === measured) return;
    seen.current = measured;
    trend.reload();
  }, [measured]);
  if (views.length === 0) return null;
  return html`<section class="card" aria-labelledby="trend-heading">
    <h2 id="trend-heading">Trend over the timepoints</h2>
    <p class="muted">Each measured photo of the view, by timepoint. Compare two photos to see which changes go beyond each metric’s minimal detectable change.</p>
    ${views.length > 1 && html`<${SelectField} label="View" pointer="/trend_view" value=${view} onValue=${setView} options=${views} />`}
    <${ErrorBox} error=${trend.error} onRetry=${trend.reload} />
    ${trend.data &&
    html`<div class="trend-grid">
      ${trendMetrics(trend.data).map((metric) => html`<${TrendChart} metric=${metric} series=${trend.data.metrics[metric]} uncalibrated=${uncalibrated(trend.data)} />`)}
    </div>`}
  </section>`;
}

export function PhotosPage({ session, id }) {
  const patient = useResource(`/api/v1/patients/${id}`);
  const photos = useResource(`/api/v1/patients/${id}/photos`);
  const [analysing, setAnalysing] = useState(null);
  const [analysisProblem, setAnalysisProblem] = useState(null);
  useReadyMark(patient.data !== null && photos.data !== null && analysing === null, 'photos');
  const items = photos.data ? photos.data.items : [];
  const name = patient.data ? fullName(patient.data) : 'Patient';

  // A staff upload is measured straight away, so that it joins the trend.
  const uploaded = async (photo) => {
    photos.reload();
    setAnalysing(photo.id);
    setAnalysisProblem(null);
    try {
      await api('POST', `/api/v1/photos/${photo.id}/analysis`);
    } catch (error) {
      setAnalysisProblem(error);
    }
    setAnalysing(null);
    photos.reload();
  };

  return html`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${id}`}>${name}</a></p>
    <div class="page-head">
      <div>
        <${PageTitle} title=${`Photos – ${name}`}>Photos</${PageTitle}>
        <p class="lead">${name} · before and after, measured against the colour card</p>
      </div>
    </div>
    <${ErrorBox} error=${patient.error || photos.error} onRetry=${() => (patient.reload(), photos.reload())} />
    <${PhotoConsent} patientId=${id} role=${session.role} />
    ${photos.data && html`<${PhotoUpload} patientId=${id} photos=${items} onUploaded=${uploaded} />`}
    <section class="card" aria-labelledby="photos-heading">
      <h2 id="photos-heading">Photos by timepoint</h2>
      ${photos.loading && !photos.data && html`<${Loading} label="Loading the photos…" />`}
      ${analysing && html`<p role="status" class="muted">Measuring the new photo…</p>`}
      ${analysisProblem && html`<div class="alert alert--warning" role="alert"><p>The photo is stored but could not be measured: ${analysisProblem.detail}. Open it to try again.</p></div>`}
      ${photos.data && html`<${PhotoList} photos=${items} base="/staff/photos" analysing=${analysing} />`}
    </section>
    ${items.length >= 2 && html`<${CompareForm} key=${items.length} patientId=${id} photos=${items} />`}
    ${photos.data && html`<${PhotoTrend} patientId=${id} photos=${items} />`}
  </div>`;
}

function NotesForm({ photo, onSaved }) {
  const [notes, setNotes] = useState(photo.notes || '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [saved, setSaved] = useState(false);
  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setSaved(false);
    try {
      onSaved(await api('PATCH', `/api/v1/photos/${photo.id}`, { notes }));
      setSaved(true);
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };
  const errors = problem && problem.status === 400 ? problem.errors : [];
  return html`<form class="form form--compact" onSubmit=${submit} novalidate>
    <${ErrorSummary} errors=${errors} />
    ${problem && problem.status !== 400 && html`<${ErrorBox} error=${problem} />`}
    <${TextArea} label="Capture notes" pointer="/notes" errors=${errors} value=${notes} onValue=${setNotes} hint="Lighting, distance, anything that explains a difference. No more than 2000 characters." />
    <div class="form-actions">
      <${SubmitButton} busy=${busy}>Save the notes</${SubmitButton}>
      ${saved && html`<span role="status" class="muted">Saved.</span>`}
    </div>
  </form>`;
}

// What the analysis measured: quality, the colour card, and each metric.
function AnalysisSummary({ analysis }) {
  if (!analysis.quality || !analysis.quality.usable) {
    return html`<div class="alert alert--warning"><p>Not measurable: ${(analysis.quality && analysis.quality.reasons.join(', ')) || 'unknown reason'}. Take the photo again.</p></div>`;
  }
  const m = analysis.metrics || {};
  const flat = [];
  const walk = (node, prefix) =>
    Object.entries(node).forEach(([k, v]) => (v && typeof v === 'object' ? walk(v, `${prefix}${k}.`) : typeof v === 'number' && flat.push([`${prefix}${k}`, v])));
  walk(m, '');
  const rank = (k) => (METRIC_ORDER.includes(k) ? METRIC_ORDER.indexOf(k) : METRIC_ORDER.length);
  flat.sort(([a], [b]) => rank(a) - rank(b));
  return html`<div>
    <p>
      ${analysis.card && analysis.card.found
        ? `Colour card found (residual ΔE ${analysis.card.residual_delta_e}); sizes in millimetres.`
        : 'No colour card found: colour metrics are left out and sizes are in pixels.'}
    </p>
    <dl class="facts facts--wide" data-analysis="metrics">
      ${flat.map(([k, v]) => html`<div><dt>${metricLabel(k)}</dt><dd>${formatMetric(k, v)}</dd></div>`)}
    </dl>
  </div>`;
}

export function PhotoPage({ session, id, portal = false }) {
  const photo = useResource(`/api/v1/photos/${id}`);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  useReadyMark(photo.data !== null || photo.error !== null, portal ? 'portal-photo' : 'photo');
  const p = photo.data;
  const analyse = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const analysis = await api('POST', `/api/v1/photos/${id}/analysis`);
      photo.setData({ ...p, analysis, analysed_at: new Date().toISOString() });
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };
  const back = portal ? '/portal/photos' : p ? `/staff/patients/${p.patient_id}/photos` : null;
  return html`<div class="stack">
    <p class="crumbs">${back ? html`<a href=${back}>${portal ? 'My photos' : 'Photos'}</a>` : html`<a href=${portal ? '/portal' : '/staff/patients'}>${portal ? 'My plan' : 'Patients'}</a>`}</p>
    <${PageTitle} title="Photo">${p ? photoName(p) : 'Photo'}</${PageTitle}>
    ${photo.loading && html`<${Loading} label="Loading the photo…" />`}
    ${photo.error &&
    (photo.error.status === 404
      ? html`<div class="alert alert--error" role="alert"><p>${portal ? 'There is no photo of yours at this address.' : 'There is no such photo in this clinic.'}</p></div>`
      : html`<${ErrorBox} error=${photo.error} onRetry=${photo.reload} />`)}
    ${p &&
    html`<div class="columns">
      <figure class="card columns__main photo-full">
        <img src=${p.image_url} alt=${`${photoName(p)}${p.patient_taken ? ', taken by the patient' : ''}`} width=${p.width} height=${p.height} />
        <figcaption class="muted">
          ${p.width} × ${p.height} px, ${p.format.toUpperCase()} · uploaded <${Time} date=${p.created_at.slice(0, 10)} />
          ${p.patient_taken && html` · <${Badge} kind="neutral">${portal ? 'Taken by you' : 'Patient-taken'}</${Badge}>`}
          ${' · '}<a href=${p.image_url} download=${`photo-${p.id}.${p.format === 'png' ? 'png' : 'jpg'}`}>Download the original</a>
        </figcaption>
      </figure>
      <div class="columns__side stack">
        ${!portal &&
        html`<section class="card" aria-labelledby="measure-heading">
          <h2 id="measure-heading">Measurements</h2>
          <${ErrorBox} error=${problem} />
          ${p.analysis ? html`<${AnalysisSummary} analysis=${p.analysis} />` : html`<p class="muted">Not measured yet.</p>`}
          <button type="button" class="button button--secondary" disabled=${busy} onClick=${analyse}>${busy ? 'Measuring…' : p.analysis ? 'Measure again' : 'Measure the photo'}</button>
        </section>`}
        <section class="card" aria-labelledby="notes-heading">
          <h2 id="notes-heading">Notes</h2>
          ${portal ? html`<p>${p.notes || 'No notes.'}</p>` : html`<${NotesForm} photo=${p} onSaved=${(saved) => photo.setData({ ...p, ...saved })} />`}
        </section>
      </div>
    </div>`}
  </div>`;
}

// The wipe: the registered pair in one picture (the stored side-by-side overlay: before on
// its left half, the after photo registered onto the before on its right), with the after
// shown to the right of a movable boundary. Everything is SVG geometry (CSP-safe).
function Wipe({ url, width, height, beforeName, afterName }) {
  const [position, setPosition] = useState(50);
  const boundary = Math.round((width * position) / 100);
  return html`<figure class="wipe">
    <svg class="wipe__view" viewBox=${`0 0 ${width} ${height}`} role="img" aria-label=${`${beforeName} left of the line, ${afterName} right of it`}>
      <svg x="0" y="0" width=${width} height=${height} viewBox=${`0 0 ${width} ${height}`} preserveAspectRatio="none">
        <image href=${url} x="0" y="0" width=${2 * width} height=${height} preserveAspectRatio="none" />
      </svg>
      <clipPath id="wipe-clip"><rect class="wipe__clip" x=${boundary} y="0" width=${width - boundary} height=${height} /></clipPath>
      <g clip-path="url(#wipe-clip)">
        <svg x="0" y="0" width=${width} height=${height} viewBox=${`${width} 0 ${width} ${height}`} preserveAspectRatio="none">
          <image href=${url} x="0" y="0" width=${2 * width} height=${height} preserveAspectRatio="none" />
        </svg>
      </g>
      <line class="wipe__line" x1=${boundary} y1="0" x2=${boundary} y2=${height} />
    </svg>
    <div class="wipe__control">
      <label for="wipe-position">Wipe: move the line (${beforeName} on the left, ${afterName} on the right)</label>
      <input
        id="wipe-position"
        type="range"
        min="0"
        max="100"
        step="1"
        value=${position}
        aria-valuetext=${`${position}% ${beforeName}, ${100 - position}% ${afterName}`}
        onInput=${(e) => setPosition(Number(e.currentTarget.value))}
      />
    </div>
  </figure>`;
}

const FEATURES = [
  ['spots', 'Spots (outlined)'],
  ['lines', 'Lines and wrinkles'],
  ['pores', 'Pores (circled)'],
];

function Changes({ changes }) {
  const rows = changeRows(changes);
  return html`<div class="table-scroll">
    <table class="table changes" data-changes>
      <caption class="visually-hidden">Each metric before and after, its change and its minimal detectable change</caption>
      <thead>
        <tr><th scope="col">Metric</th><th scope="col">Before</th><th scope="col">After</th><th scope="col">Change</th><th scope="col">Minimal detectable change</th><th scope="col">Beyond it?</th></tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) => html`<tr data-metric=${r.metric}>
            <th scope="row">${metricLabel(r.metric)}</th>
            <td>${formatMetric(r.metric, r.before)}</td>
            <td>${formatMetric(r.metric, r.after)}</td>
            <td>${formatMetric(r.metric, r.change, { signed: true })}</td>
            <td>${r.mdc === null || r.mdc === undefined ? '—' : `±${formatMetric(r.metric, r.mdc)}`}</td>
            <td>${r.change === null || r.change === undefined ? html`<span class="muted">Not measured</span>` : r.significant ? html`<${Badge} kind="ok">Significant</${Badge}>` : html`<${Badge} kind="neutral">Within noise</${Badge}>`}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function readPair() {
  const q = new URLSearchParams(location.search);
  const id = (name) => (/^[1-9][0-9]{0,17}$/.test(q.get(name) || '') ? Number(q.get(name)) : null);
  return { before: id('before'), after: id('after') };
}

export function ComparePage({ id }) {
  const [pair] = useState(readPair);
  const before = useResource(pair.before ? `/api/v1/photos/${pair.before}` : null);
  const after = useResource(pair.after ? `/api/v1/photos/${pair.after}` : null);
  const view = before.data ? before.data.view : null;
  const trend = useResource(view ? `/api/v1/patients/${id}/photo-trend?view=${view}` : null);
  const [result, setResult] = useState({ data: null, error: null });
  useEffect(() => {
    if (!pair.before || !pair.after) return undefined;
    const controller = new AbortController();
    api('POST', '/api/v1/photos/compare', { before_id: pair.before, after_id: pair.after, overlays: true }, { signal: controller.signal }).then(
      (data) => setResult({ data, error: null }),
      (error) => error.name !== 'AbortError' && setResult({ data: null, error }),
    );
    return () => controller.abort();
  }, []);
  const ready = (result.data !== null && trend.data !== null) || result.error !== null || !pair.before || !pair.after;
  useReadyMark(ready, 'compare');
  const c = result.data;
  const beforeName = before.data ? photoName(before.data) : 'Before';
  const afterName = after.data ? photoName(after.data) : 'After';
  const reg = c && c.registration;
  const overlays = (c && c.overlays) || {};

  return html`<div class="stack">
    <p class="crumbs"><a href=${`/staff/patients/${id}/photos`}>Photos</a></p>
    <${PageTitle} title="Comparison">Comparison</${PageTitle}>
    <p class="lead">${beforeName} → ${afterName}</p>
    ${(!pair.before || !pair.after) && html`<div class="alert alert--error" role="alert"><p>Choose two photos to compare on the photos page.</p></div>`}
    ${result.error && html`<${Refusal} error=${result.error} />`}
    ${!c && !result.error && pair.before && pair.after && html`<${Loading} label="Registering and measuring the pair…" />`}
    ${c &&
    html`<section class="card" aria-labelledby="registration-heading">
        <h2 id="registration-heading">Registration</h2>
        ${reg && reg.ok
          ? html`<p data-registration="ok">The after photo is aligned onto the before: rotated ${reg.rotation_deg.toFixed(1)}°, scaled ×${reg.scale.toFixed(3)}, shifted ${reg.shift_px.map((v) => v.toFixed(0)).join(', ')} px (residual ${reg.rms_px.toFixed(2)} px).</p>`
          : html`<div class="alert alert--warning" role="status" data-registration="failed"><p>The two photos could not be aligned${reg && reg.reason ? ` (${reg.reason})` : ''}: the metrics are not compared. Retake the follow-up with the capture guide.</p></div>`}
      </section>
      ${overlays.side_by_side &&
      html`<section class="card" aria-labelledby="side-heading">
        <h2 id="side-heading">Side by side</h2>
        <figure class="overlay-figure">
          <img src=${overlays.side_by_side.url} alt=${`${beforeName} on the left, ${afterName} ${reg && reg.ok ? 'aligned to it' : 'not aligned'} on the right`} width=${2 * c.before.width} height=${c.before.height} />
          <figcaption class="overlay-caption"><span>${beforeName}</span><span>${afterName} ${reg && reg.ok ? '(aligned)' : '(not aligned)'}</span></figcaption>
        </figure>
      </section>`}
      ${overlays.side_by_side &&
      reg &&
      reg.ok &&
      html`<section class="card" aria-labelledby="wipe-heading">
        <h2 id="wipe-heading">Wipe</h2>
        <${Wipe} url=${overlays.side_by_side.url} width=${c.before.width} height=${c.before.height} beforeName=${beforeName} afterName=${afterName} />
      </section>`}
      ${overlays.features_before &&
      html`<section class="card" aria-labelledby="features-heading">
        <h2 id="features-heading">Features found</h2>
        <ul class="legend" aria-label="Legend">
          ${FEATURES.map(([key, label]) => html`<li data-feature=${key}><span class=${`swatch swatch--${key}`} aria-hidden="true"></span>${label}</li>`)}
        </ul>
        <div class="grid grid--2 grid--top">
          <figure class="overlay-figure"><img src=${overlays.features_before.url} alt=${`${beforeName} with the features marked`} width=${c.before.width} height=${c.before.height} /><figcaption>${beforeName}</figcaption></figure>
          <figure class="overlay-figure"><img src=${overlays.features_after.url} alt=${`${afterName} with the features marked`} width=${c.after.width} height=${c.after.height} /><figcaption>${afterName}</figcaption></figure>
        </div>
      </section>`}
      <section class="card" aria-labelledby="changes-heading">
        <h2 id="changes-heading">Changes</h2>
        <p class="muted">A change counts only beyond the metric’s minimal detectable change (what repeat photos of unchanged skin differ by). Counts and areas are over the region both photos show.</p>
        ${c.changes ? html`<${Changes} changes=${c.changes} />` : html`<p>Not compared: the photos could not be aligned.</p>`}
      </section>`}
    ${trend.data &&
    html`<section class="card" aria-labelledby="trend-heading">
      <h2 id="trend-heading">Trend over the timepoints (${viewLabel(trend.data.view).toLowerCase()})</h2>
      <p class="muted">
        ${c && c.changes
          ? 'Each measured photo of this view, by timepoint. The shaded band is the first value ± the metric’s minimal detectable change: a point inside it has not changed beyond noise.'
          : 'Each measured photo of this view, by timepoint, drawn from zero (no minimal detectable change without an aligned comparison).'}
      </p>
      ${trend.data.points.length < 2 && html`<p class="muted">The trend needs two measured photos of this view; measure the photos from their pages.</p>`}
      <div class="trend-grid">
        ${trendMetrics(trend.data).map((metric) => html`<${TrendChart} metric=${metric} series=${trend.data.metrics[metric]} uncalibrated=${uncalibrated(trend.data)} mdc=${c && c.changes && c.changes[metric] ? c.changes[metric].mdc : null} />`)}
      </div>
    </section>`}
  </div>`;
}

// The portal: the patient's own photos, their consent and the upload (photos they take are
// marked patient-taken by the API).
export function PortalPhotosPage({ session }) {
  const patientId = session.user.patient_id;
  const photos = useResource(`/api/v1/patients/${patientId}/photos`);
  useReadyMark(photos.data !== null, 'portal-photos');
  const items = photos.data ? photos.data.items : [];
  return html`<div class="stack portal">
    <p class="crumbs"><a href="/portal">My plan</a></p>
    <${PageTitle} title="My photos">My photos</${PageTitle}>
    <p class="lead">Photos of your skin over the treatment. Only you and your clinic see them.</p>
    <${ErrorBox} error=${photos.error} onRetry=${photos.reload} />
    <${PhotoConsent} patientId=${patientId} portal />
    ${photos.data && html`<${PhotoUpload} patientId=${patientId} photos=${items} portal onUploaded=${() => photos.reload()} />`}
    <section class="card" aria-labelledby="photos-heading">
      <h2 id="photos-heading">Your photos</h2>
      ${photos.loading && !photos.data && html`<${Loading} label="Loading your photos…" />`}
      ${photos.data && html`<${PhotoList} photos=${items} base="/portal/photos" portal />`}
    </section>
  </div>`;
}

export function PortalPhotoPage({ session, id }) {
  return html`<div class="portal"><${PhotoPage} session=${session} id=${id} portal /></div>`;
}
