// The clinic's e-mail (owner only): the relay that sends reminders and its login, and the
// messages' templates. The relay password is write-only: the page only learns whether one is
// set, and leaving the field empty keeps it. Subjects may name the clinic and nothing else
// (no clinical detail in an inbox list); the API refuses other placeholders, beside the field.
import { useEffect, useState } from 'preact/hooks';

import { Checkbox, ConfirmAction, ErrorBox, ErrorSummary, Loading, Notice, PageTitle, SelectField, SubmitButton, TextArea, TextField } from '../components/ui.js';
import { api } from '../lib/api.js';
import { html } from '../lib/html.js';
import { useReadyMark, useResource } from '../lib/resource.js';

const STARTTLS = [
  ['required', 'Required (refuse to send unencrypted)'],
  ['opportunistic', 'When the relay offers it'],
  ['none', 'Never (a relay on this machine only)'],
];
const templateNames = {
  visit_reminder: 'Visit reminder',
  prep_14d: 'Preparation, 14 days before',
  prep_7d: 'Preparation, 7 days before',
  prep_1d: 'Preparation, the day before',
  aftercare_evening: 'Aftercare, the same evening',
  aftercare_day1: 'Aftercare, day 1',
  aftercare_day3: 'Aftercare, day 3',
  aftercare_day7: 'Aftercare, day 7 check-in',
  photo_follow_up: 'Follow-up photo visit',
  maintenance_recall: 'Maintenance recall',
  portal_invitation: 'Portal invitation',
  urgent_concern: 'Urgent concern (to the provider)',
};
const templateName = (kind) => templateNames[kind] || kind.replaceAll('_', ' ');

// The PUT body from the form: the password only when typed (empty keeps the stored one).
export function mailSettingsBody(fields) {
  const body = {
    relay: fields.relay.trim(),
    from_address: fields.from_address.trim(),
    from_name: fields.from_name.trim(),
    username: fields.username.trim(),
    portal_url: fields.portal_url.trim(),
    starttls: fields.starttls,
    enabled: fields.enabled,
  };
  if (fields.password) body.password = fields.password;
  return body;
}

function RelayForm({ settings, onSaved }) {
  const [fields, setFields] = useState(() => ({
    relay: settings.relay || '',
    from_address: settings.from_address || '',
    from_name: settings.from_name || '',
    username: settings.username || '',
    portal_url: settings.portal_url || '',
    password: '',
    starttls: settings.starttls || 'required',
    enabled: Boolean(settings.enabled),
  }));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [saved, setSaved] = useState(false);
  const set = (key) => (value) => (setSaved(false), setFields({ ...fields, [key]: value }));
  const errors = problem && (problem.status === 400 || problem.status === 422) ? problem.errors : [];
  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const answer = await api('PUT', '/api/v1/clinic/mail', mailSettingsBody(fields));
      onSaved(answer);
      setFields({ ...fields, password: '' });
      setSaved(true);
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };
  return html`<form class="form" onSubmit=${submit} novalidate aria-labelledby="relay-heading">
    <h2 id="relay-heading">Sending e-mail</h2>
    ${saved && html`<${Notice} kind="success"><p>Mail settings saved.</p></${Notice}>`}
    ${problem && ![400, 422].includes(problem.status) && html`<${ErrorBox} error=${problem} />`}
    <${ErrorSummary} errors=${errors} />
    <${TextField} label="Relay" pointer="/relay" errors=${errors} value=${fields.relay} onValue=${set('relay')} hint="smtp://host:port or smtps://host:port" autocomplete="off" spellcheck="false" />
    <div class="grid grid--2">
      <${TextField} label="From address" pointer="/from_address" errors=${errors} type="email" value=${fields.from_address} onValue=${set('from_address')} />
      <${TextField} label="From name" pointer="/from_name" errors=${errors} value=${fields.from_name} onValue=${set('from_name')} />
      <${TextField} label="Relay user name" pointer="/username" errors=${errors} value=${fields.username} onValue=${set('username')} autocomplete="off" />
      <${TextField}
        label="Relay password"
        pointer="/password"
        errors=${errors}
        type="password"
        value=${fields.password}
        onValue=${set('password')}
        autocomplete="new-password"
        hint=${settings.password_set ? 'A password is set. Leave empty to keep it.' : 'No password set.'}
      />
    </div>
    <${TextField} label="Patient portal address" pointer="/portal_url" errors=${errors} type="url" value=${fields.portal_url} onValue=${set('portal_url')} hint="Where the messages send patients for their instructions, e.g. https://clinic.example" autocomplete="off" spellcheck="false" />
    <${SelectField} label="Encryption (STARTTLS)" pointer="/starttls" errors=${errors} value=${fields.starttls} onValue=${set('starttls')} options=${STARTTLS} />
    <${Checkbox} id="mail-enabled" label="Send e-mail (reminders and confirmations)" checked=${fields.enabled} onChecked=${set('enabled')} />
    <div class="form-actions"><${SubmitButton} busy=${busy}>Save mail settings</${SubmitButton}></div>
  </form>`;
}

function Template({ template, onSaved }) {
  const [fields, setFields] = useState({ subject: template.subject, body: template.body });
  // The stored text as the list reloads it (after a save, or back to the default); keyed by
  // kind alone, the form stays mounted, so its "Template saved." survives the reload.
  useEffect(() => setFields({ subject: template.subject, body: template.body }), [template.subject, template.body]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [saved, setSaved] = useState(false);
  const errors = problem && (problem.status === 400 || problem.status === 422) ? problem.errors : [];
  const prefix = `/templates/${template.kind}`;
  // The API names /subject and /body; the fields of each template carry their own ids.
  const scoped = errors.map((e) => ({ ...e, path: `${prefix}${e.path}` }));
  const run = async (work) => {
    setBusy(true);
    setProblem(null);
    setSaved(false);
    try {
      await work();
      setSaved(true);
    } catch (error) {
      setProblem(error);
    }
    setBusy(false);
  };
  const save = (event) => {
    event.preventDefault();
    run(async () => onSaved(await api('PUT', `/api/v1/clinic/message-templates/${template.kind}`, fields)));
  };
  const reset = () =>
    run(async () => {
      await api('DELETE', `/api/v1/clinic/message-templates/${template.kind}`);
      onSaved(null);
    });
  return html`<form class="form template" onSubmit=${save} novalidate aria-labelledby=${`template-${template.kind}`} data-kind=${template.kind}>
    <h3 id=${`template-${template.kind}`}>${templateName(template.kind)} ${template.is_default && html`<span class="muted small">(default)</span>`}</h3>
    ${saved && html`<${Notice} kind="success"><p>Template saved.</p></${Notice}>`}
    ${problem && ![400, 422].includes(problem.status) && html`<${ErrorBox} error=${problem} />`}
    <${TextField} label="Subject" pointer=${`${prefix}/subject`} errors=${scoped} value=${fields.subject} onValue=${(v) => setFields({ ...fields, subject: v })} hint="Only the clinic’s name may be filled in here; never clinical detail." />
    <${TextArea} label="Message" pointer=${`${prefix}/body`} errors=${scoped} value=${fields.body} onValue=${(v) => setFields({ ...fields, body: v })} rows="6" />
    <div class="form-actions">
      <${SubmitButton} busy=${busy} className="button--secondary">Save template</${SubmitButton}>
      ${!template.is_default &&
      html`<${ConfirmAction} label="Back to the default" confirmLabel="Use the default" busy=${busy} onConfirm=${reset} small>
        <p>Your wording is removed and the built-in text is used again.</p>
      </${ConfirmAction}>`}
    </div>
  </form>`;
}

export function MailPage() {
  const settings = useResource('/api/v1/clinic/mail');
  const templates = useResource('/api/v1/clinic/message-templates');
  useReadyMark(settings.data !== null && templates.data !== null, 'mail');
  return html`<div class="stack">
    <${PageTitle}>E-mail and reminders</${PageTitle}>
    <section class="card">
      ${settings.loading && !settings.data && html`<${Loading} />`}
      <${ErrorBox} error=${settings.error} onRetry=${settings.reload} />
      ${settings.data && html`<${RelayForm} settings=${settings.data} onSaved=${settings.setData} />`}
    </section>
    <section class="card" aria-labelledby="templates-heading">
      <h2 id="templates-heading">Message templates</h2>
      ${templates.loading && !templates.data && html`<${Loading} />`}
      <${ErrorBox} error=${templates.error} onRetry=${templates.reload} />
      ${templates.data &&
      templates.data.items.map(
        (t) => html`<${Template} key=${t.kind} template=${t} onSaved=${() => templates.reload()} />`,
      )}
    </section>
  </div>`;
}
