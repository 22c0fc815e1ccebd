// Uploading a photo, with a capture guide: the patient's baseline of the same view is laid
// semi-transparently (a "ghost") over the preview — the chosen file or the live camera — so
// a follow-up matches the baseline's framing. The preview is drawn on a canvas from the file
// itself (createImageBitmap), never from a blob: address, which the strict CSP refuses.
// The API decides what the file is by its content; so does the form (first bytes), before
// sending. A refusal for want of consent says so and points to the signature.
import { useEffect, useRef, useState } from 'preact/hooks';

import { ErrorSummary, SelectField, SubmitButton, Checkbox, errorsAt, fieldId } from './ui.js';
import { api, describeError } from '../lib/api.js';
import { html } from '../lib/html.js';
import { TIMEPOINTS, VIEWS, guideFor, imageTypeOf, isConsentRefusal, queryErrors, timepointLabel, uploadPath, viewLabel } from '../lib/photos.js';

const MAX_BYTES = 20 * 1024 * 1024;

// Draws `source` (an ImageBitmap or a playing <video>) on `canvas` at up to 1200 px wide.
function draw(canvas, source, width, height) {
  const scale = Math.min(1, 1200 / width);
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  canvas.getContext('2d').drawImage(source, 0, 0, canvas.width, canvas.height);
}

function FileErrors({ id, messages }) {
  if (messages.length === 0) return null;
  return html`<div class="field-error" id=${id}>
    ${messages.map((m) => html`<p><span class="visually-hidden">Error: </span>${m}</p>`)}
  </div>`;
}

export function PhotoUpload({ patientId, photos, portal = false, onUploaded }) {
  const [timepoint, setTimepoint] = useState(photos.some((p) => p.timepoint === 'baseline') ? '' : 'baseline');
  const [view, setView] = useState('front');
  const [file, setFileState] = useState(null); // { blob, type, name }
  const fileRef = useRef(null); // the same, for a submit that waited for the file to be read
  const reading = useRef(null); // the promise of the file being read, if it is
  const fileProblem = useRef(''); // why the chosen file cannot be sent
  const setFile = (value) => {
    fileRef.current = value;
    setFileState(value);
  };
  const [ghost, setGhost] = useState(true);
  const [camera, setCamera] = useState(null); // a MediaStream while the camera is on
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [local, setLocal] = useState([]); // problems found before sending
  const [done, setDone] = useState(null);
  const canvas = useRef(null);
  const video = useRef(null);
  const input = useRef(null);
  const guide = guideFor(photos, view);
  const fileId = fieldId('/file');

  useEffect(() => () => camera && camera.getTracks().forEach((t) => t.stop()), [camera]);
  useEffect(() => {
    if (camera && video.current) {
      video.current.srcObject = camera;
      video.current.play().catch(() => {});
    }
  }, [camera]);

  const choose = (chosen) => {
    reading.current = read(chosen);
    return reading.current;
  };
  const read = async (chosen) => {
    setLocal([]);
    setProblem(null);
    setDone(null);
    setFile(null);
    fileProblem.current = '';
    const refuse = (message) => {
      fileProblem.current = message;
      setLocal([{ path: '/file', message }]);
    };
    if (!chosen) return;
    const head = new Uint8Array(await chosen.slice(0, 8).arrayBuffer());
    const type = imageTypeOf(head);
    if (!type) return refuse('is not a JPEG or PNG photo');
    if (chosen.size > MAX_BYTES) return refuse('is larger than 20 MiB');
    try {
      const bitmap = await createImageBitmap(chosen);
      draw(canvas.current, bitmap, bitmap.width, bitmap.height);
      bitmap.close();
    } catch {
      return refuse('cannot be read as an image (damaged or incomplete?)');
    }
    setFile({ blob: chosen, type, name: chosen.name || 'camera photo' });
  };

  const startCamera = async () => {
    setLocal([]);
    try {
      setCamera(await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment', width: { ideal: 4000 } }, audio: false }));
    } catch {
      setLocal([{ path: '/file', message: 'no camera could be opened here: choose a photo file instead' }]);
    }
  };
  // The frame at the camera's full resolution is what is sent; the preview shows it smaller.
  const takePhoto = () => {
    const v = video.current;
    draw(canvas.current, v, v.videoWidth, v.videoHeight);
    const full = document.createElement('canvas');
    full.width = v.videoWidth;
    full.height = v.videoHeight;
    full.getContext('2d').drawImage(v, 0, 0);
    reading.current = null;
    fileProblem.current = '';
    full.toBlob(
      (blob) => {
        camera.getTracks().forEach((t) => t.stop());
        setCamera(null);
        if (blob) setFile({ blob, type: 'image/jpeg', name: 'camera photo' });
      },
      'image/jpeg',
      0.92,
    );
  };

  const submit = async (event) => {
    event.preventDefault();
    setProblem(null);
    setDone(null);
    if (reading.current) await reading.current; // a file chosen a moment ago is still being read
    const file = fileRef.current;
    const missing = [];
    if (!timepoint) missing.push({ path: '/timepoint', message: 'choose when the photo is taken' });
    if (!file) missing.push({ path: '/file', message: fileProblem.current || 'choose a photo (JPEG or PNG) or take one' });
    setLocal(missing);
    if (missing.length > 0) return;
    setBusy(true);
    try {
      const photo = await api('POST', uploadPath(patientId, { timepoint, view }), file.blob, { contentType: file.type });
      setDone(photo);
      setFile(null);
      if (input.current) input.current.value = '';
      if (onUploaded) await onUploaded(photo);
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };

  // Field problems: found here, or answered by the API (query parameters, the file itself).
  const answered = problem && problem.status === 400 ? queryErrors(problem.errors) : [];
  const fileRefused = problem && (problem.status === 413 || problem.status === 415 || (problem.status === 422 && !isConsentRefusal(problem)));
  const errors = [...local, ...answered, ...(fileRefused ? [{ path: '/file', message: fileMessage(problem) }] : [])];
  const fileMessages = errorsAt(errors, '/file');
  const showPreview = Boolean(file) || Boolean(camera);

  return html`<section class="card upload" aria-labelledby="upload-heading">
    <h2 id="upload-heading">${portal ? 'Add a photo' : 'Upload a photo'}</h2>
    <form class="form" onSubmit=${submit} novalidate>
      <${ErrorSummary} errors=${errors} />
      ${problem &&
      isConsentRefusal(problem) &&
      html`<div class="alert alert--error" role="alert" data-refusal="consent">
        <p>
          <strong>Upload refused:</strong>${` ${portal ? 'you have not signed' : 'the patient has not signed'} the current photography consent. `}<a href="#photo-consent" onClick=${focusConsent}>${portal ? 'Sign it' : 'Record the signature'}</a> and upload again.
        </p>
      </div>`}
      ${problem && !isConsentRefusal(problem) && !fileRefused && problem.status !== 400 && html`<div class="alert alert--error" role="alert"><p>${describeError(problem)}</p></div>`}
      ${done && html`<div class="alert alert--success" role="status"><p>Uploaded: ${timepointLabel(done.timepoint)}, ${viewLabel(done.view).toLowerCase()}${portal ? '' : done.patient_taken ? ' (patient-taken)' : ''}.</p></div>`}
      <div class="upload__body">
        <div class="upload__fields">
          <div class="grid grid--2">
            <${SelectField} label="Timepoint" pointer="/timepoint" errors=${errors} value=${timepoint} onValue=${setTimepoint} options=${TIMEPOINTS} placeholder="Choose…" required />
            <${SelectField} label="View" pointer="/view" errors=${errors} value=${view} onValue=${setView} options=${VIEWS} required />
          </div>
          <div class=${`field ${fileMessages.length ? 'field--invalid' : ''}`}>
            <label for=${fileId}>Photo<span class="required" aria-hidden="true"> *</span></label>
            <p class="hint" id=${`${fileId}-hint`}>A JPEG or PNG up to 20 MiB, with the colour card in the picture. To frame a new photo against the baseline, use the camera below.</p>
            <input
              ref=${input}
              id=${fileId}
              name="/file"
              type="file"
              accept="image/jpeg,image/png"
              aria-invalid=${fileMessages.length ? 'true' : undefined}
              aria-describedby=${`${fileId}-hint${fileMessages.length ? ` ${fileId}-error` : ''}`}
              onChange=${(e) => choose(e.currentTarget.files[0])}
            />
            <${FileErrors} id=${`${fileId}-error`} messages=${fileMessages} />
          </div>
          <${SubmitButton} busy=${busy} busyLabel="Uploading…">${portal ? 'Add the photo' : 'Upload the photo'}</${SubmitButton}>
        </div>
        <div class="capture" data-guide=${guide ? guide.id : undefined}>
          <h3 class="capture__title">Capture guide</h3>
          ${guide
            ? html`<${Checkbox}
                id="capture-ghost"
                label=${`Show the baseline (${viewLabel(view).toLowerCase()}) over the preview`}
                checked=${ghost}
                onChecked=${setGhost}
                hint="Line the face and the colour card up with it."
              />`
            : html`<p class="muted capture__none">No baseline of this view yet: this photo can become it.</p>`}
          <div class=${`capture__frame ${showPreview ? '' : 'capture__frame--empty'}`}>
            <canvas ref=${canvas} class=${`capture__preview ${file && !camera ? '' : 'capture__hidden'}`} aria-label="Preview of the chosen photo" role="img"></canvas>
            ${camera && html`<video ref=${video} class="capture__preview" muted playsinline aria-label="Camera view"></video>`}
            ${!showPreview && html`<p class="capture__placeholder">The preview appears here.</p>`}
            ${guide &&
            ghost &&
            html`<img
              class=${`capture__ghost ${showPreview ? '' : 'capture__ghost--alone'}`}
              src=${guide.image_url}
              alt=${`Guide: the baseline, ${viewLabel(guide.view).toLowerCase()}, shown see-through`}
              width=${guide.width}
              height=${guide.height}
            />`}
          </div>
          <div class="form-actions">
            ${!camera && typeof navigator !== 'undefined' && navigator.mediaDevices && html`<button type="button" class="button button--secondary" onClick=${startCamera}>Use the camera</button>`}
            ${camera && html`<button type="button" class="button" onClick=${takePhoto}>Take the photo</button>`}
          </div>
        </div>
      </div>
    </form>
  </section>`;
}

function focusConsent(event) {
  event.preventDefault();
  const target = document.getElementById('photo-consent');
  if (target) {
    target.scrollIntoView({ block: 'start' });
    const name = document.getElementById(fieldId('/typed_name'));
    (name || target).focus({ preventScroll: true });
  }
}

// Why the API refused the file, for beside the file field.
function fileMessage(error) {
  if (error.status === 413) return 'is larger than 20 MiB';
  if (error.status === 415) return 'is not of the type its name says: save it again as JPEG or PNG';
  return (error.detail || 'was refused').replace(/^image refused: (image: )?/, 'was refused: ');
}
