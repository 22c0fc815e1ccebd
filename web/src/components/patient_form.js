// A patient's details, for registering a new patient and for changing an existing one.
// The API checks every field; its problems appear beside the field they name.
import { FITZPATRICK } from '../lib/codes.js';
import { html } from '../lib/html.js';
import { ErrorSummary, SelectField, SubmitButton, TextField } from './ui.js';

export function emptyPatient() {
  return { given_name: '', family_name: '', birth_date: '', email: '', phone: '', fitzpatrick: '' };
}

export function patientFields(patient) {
  return {
    given_name: patient.given_name,
    family_name: patient.family_name,
    birth_date: patient.birth_date,
    email: patient.email,
    phone: patient.phone,
    fitzpatrick: patient.fitzpatrick ? String(patient.fitzpatrick) : '',
  };
}

// The request body for `fields` (empty optional fields left out of a create).
export function patientBody(fields, create) {
  const body = { given_name: fields.given_name.trim(), family_name: fields.family_name.trim() };
  if (fields.birth_date || create) body.birth_date = fields.birth_date;
  if (fields.email.trim() || !create) body.email = fields.email.trim();
  if (fields.phone.trim() || !create) body.phone = fields.phone.trim();
  if (fields.fitzpatrick) body.fitzpatrick = Number(fields.fitzpatrick);
  return body;
}

export function PatientForm({ fields, onFields, errors, busy, onSubmit, submitLabel }) {
  const set = (key) => (value) => onFields({ ...fields, [key]: value });
  return html`<form class="form" onSubmit=${onSubmit} novalidate>
    <${ErrorSummary} errors=${errors} />
    <div class="grid grid--2">
      <${TextField} label="Given name" pointer="/given_name" errors=${errors} value=${fields.given_name} onValue=${set('given_name')} autocomplete="off" required />
      <${TextField} label="Family name" pointer="/family_name" errors=${errors} value=${fields.family_name} onValue=${set('family_name')} autocomplete="off" required />
      <${TextField} label="Date of birth" type="date" pointer="/birth_date" errors=${errors} value=${fields.birth_date} onValue=${set('birth_date')} required />
      <${SelectField}
        label="Skin type (Fitzpatrick)"
        pointer="/fitzpatrick"
        errors=${errors}
        value=${fields.fitzpatrick}
        onValue=${set('fitzpatrick')}
        options=${FITZPATRICK}
        placeholder="Not assessed yet"
      />
      <${TextField} label="E-mail" type="email" pointer="/email" errors=${errors} value=${fields.email} onValue=${set('email')} autocomplete="off" />
      <${TextField} label="Phone" type="tel" pointer="/phone" errors=${errors} value=${fields.phone} onValue=${set('phone')} autocomplete="off" />
    </div>
    <${SubmitButton} busy=${busy}>${submitLabel}</${SubmitButton}>
  </form>`;
}
