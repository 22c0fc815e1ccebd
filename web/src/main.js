// The Needlepoint web app: the staff workspace (/staff/…) and the patient portal (/portal/…)
// in one small bundle, over the JSON API the same server answers. Which pages a role sees
// mirrors the API's route table; the API refuses the rest anyway.
import './styles/app.css';
import './styles/calendar.css';
import './styles/photos.css';
import './styles/sessions.css';

import { render } from 'preact';
import { useEffect } from 'preact/hooks';

import { PlainShell, PortalShell, StaffShell } from './components/layout.js';
import { ErrorBox, Loading, PageTitle } from './components/ui.js';
import { html } from './lib/html.js';
import { installLinkHandler, matchPath, navigate, usePath } from './lib/router.js';
import { isClinical, loadSession, useSession } from './lib/session.js';
import { AuditPage } from './pages/audit.js';
import { CalendarPage } from './pages/calendar.js';
import { ConcernPage, ConcernsPage } from './pages/concerns.js';
import { ChartPage } from './pages/chart.js';
import { ConsentTextsPage } from './pages/consent_texts.js';
import { ConsultationPage } from './pages/consultation.js';
import { NewConsultationPage } from './pages/consultation_new.js';
import { PublicBookingPage, slugFromPath } from './pages/book.js';
import { HomePage } from './pages/home.js';
import { HoursPage } from './pages/hours.js';
import { InvitePage } from './pages/invite.js';
import { LoginPage } from './pages/login.js';
import { LotsPage } from './pages/lots.js';
import { MailPage } from './pages/mail.js';
import { NewPatientPage, PatientsPage } from './pages/patients.js';
import { ComparePage, PhotoPage, PhotosPage, PortalPhotoPage, PortalPhotosPage } from './pages/photos.js';
import { PlanPage } from './pages/plan.js';
import { PortalHome, PortalPlanPage } from './pages/portal.js';
import { PortalAftercarePage, PortalConcernPage } from './pages/portal_session.js';
import { ProtocolPage } from './pages/protocol.js';
import { RequestsPage } from './pages/requests.js';
import { SessionPage } from './pages/session.js';
import { TeamPage } from './pages/team.js';
import { TodayPage } from './pages/today.js';

// [pattern, page, who may open it]
const STAFF_ROUTES = [
  ['/staff', HomePage, 'staff'],
  ['/staff/patients', PatientsPage, 'staff'],
  ['/staff/patients/new', NewPatientPage, 'staff'],
  ['/staff/patients/:id', ChartPage, 'staff'],
  ['/staff/patients/:id/consultations/new', NewConsultationPage, 'clinical'],
  ['/staff/patients/:id/photos', PhotosPage, 'staff'],
  ['/staff/patients/:id/photos/compare', ComparePage, 'staff'],
  ['/staff/photos/:id', PhotoPage, 'staff'],
  ['/staff/consultations/:id', ConsultationPage, 'clinical'],
  ['/staff/plans/:id', PlanPage, 'staff'],
  ['/staff/today', TodayPage, 'staff'],
  ['/staff/sessions/:id', SessionPage, 'clinical'],
  ['/staff/concerns', ConcernsPage, 'clinical'],
  ['/staff/concerns/:id', ConcernPage, 'clinical'],
  ['/staff/lots', LotsPage, 'clinical'],
  ['/staff/calendar', CalendarPage, 'staff'],
  ['/staff/hours', HoursPage, 'staff'],
  ['/staff/requests', RequestsPage, 'staff'],
  ['/staff/mail', MailPage, 'owner'],
  ['/staff/protocol', ProtocolPage, 'clinical'],
  ['/staff/team', TeamPage, 'owner'],
  ['/staff/consents', ConsentTextsPage, 'owner'],
  ['/staff/audit', AuditPage, 'owner'],
];
const PORTAL_ROUTES = [
  ['/portal', PortalHome],
  ['/portal/plans/:id', PortalPlanPage],
  ['/portal/photos', PortalPhotosPage],
  ['/portal/photos/:id', PortalPhotoPage],
  ['/portal/sessions/:id/aftercare', PortalAftercarePage],
  ['/portal/sessions/:id/concern', PortalConcernPage],
];

function allowed(who, role) {
  if (who === 'owner') return role === 'owner';
  if (who === 'clinical') return isClinical(role);
  return true;
}

function find(routes, path) {
  for (const [pattern, page, who] of routes) {
    const params = matchPath(pattern, path);
    if (params) return { page, params, who };
  }
  return null;
}

function Redirect({ to }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function NotFound() {
  return html`<${PageTitle}>Page not found</${PageTitle}>
    <p>There is no page at this address. <a href="/">Go to the start page</a>.</p>`;
}

function NotForYourRole({ home }) {
  return html`<${PageTitle}>Not available for your role</${PageTitle}>
    <p>Your role cannot open this page. <a href=${home}>Back to the start page</a>.</p>`;
}

function homeOf(role) {
  return role === 'patient' ? '/portal' : '/staff';
}

function App() {
  const { status, session, expired, error } = useSession();
  const path = usePath();

  // After each navigation, focus the page's heading so it is announced and Tab starts there.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const heading = document.getElementById('page-title');
      if (heading && document.activeElement === document.body) heading.focus({ preventScroll: true });
    });
    window.scrollTo(0, 0);
    return () => cancelAnimationFrame(frame);
  }, [path, status]);

  // A set-password link works whoever is (or is not) logged in on this browser.
  if (path === '/invite') {
    return html`<${PlainShell}><${InvitePage} session=${status === 'ready' ? session : null} /></${PlainShell}>`;
  }
  // The public booking-request form needs no login, whoever is logged in.
  if (path.startsWith('/book/')) {
    return html`<${PlainShell}><${PublicBookingPage} slug=${slugFromPath(path)} /></${PlainShell}>`;
  }
  if (status === 'loading') {
    return html`<${PlainShell}><${Loading} label="Loading Needlepoint…" /></${PlainShell}>`;
  }
  if (status === 'error') {
    return html`<${PlainShell}>
      <${PageTitle}>Needlepoint</${PageTitle}>
      <${ErrorBox} error=${error} onRetry=${loadSession} />
    </${PlainShell}>`;
  }
  if (status === 'anonymous') {
    return html`<${LoginPage} portal=${path.startsWith('/portal')} expired=${expired} />`;
  }

  const role = session.role;
  if (path === '/' || path === '/login' || path === '/portal/login') return html`<${Redirect} to=${homeOf(role)} />`;
  if (role === 'patient') {
    const route = path.startsWith('/portal') ? find(PORTAL_ROUTES, path) : null;
    if (!path.startsWith('/portal')) return html`<${Redirect} to="/portal" />`;
    return html`<${PortalShell} session=${session}>
      ${route ? html`<${route.page} key=${path} session=${session} ...${route.params} />` : html`<${NotFound} />`}
    </${PortalShell}>`;
  }
  if (!path.startsWith('/staff')) {
    return html`<${StaffShell} session=${session}>
      <${PageTitle}>The portal is for patients</${PageTitle}>
      <p>You are logged in as staff. <a href="/staff">Go to the staff workspace</a>.</p>
    </${StaffShell}>`;
  }
  const route = find(STAFF_ROUTES, path);
  let content = html`<${NotFound} />`;
  if (route && !allowed(route.who, role)) content = html`<${NotForYourRole} home="/staff" />`;
  else if (route) content = html`<${route.page} key=${path} session=${session} ...${route.params} />`;
  return html`<${StaffShell} session=${session}>${content}</${StaffShell}>`;
}

installLinkHandler();
loadSession();
render(html`<${App} />`, document.getElementById('app'));
