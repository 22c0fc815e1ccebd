// Calendar arithmetic on the clinic's local times. The API answers every appointment and slot
// with `start_local` ("YYYY-MM-DDTHH:MM" in the clinic's zone) beside the UTC `start`; the
// screens show and send the local form only, so no browser time zone can move a visit.

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const weekdayNames = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
export const weekdayName = (key) => weekdayNames[key] || key;

const kindLabels = { consultation: 'Consultation', treatment: 'Treatment session', follow_up: 'Follow-up' };
export const kindLabel = (kind) => kindLabels[kind] || String(kind).replaceAll('_', ' ');
const statusLabels = {
  booked: 'Booked',
  confirmed: 'Confirmed',
  checked_in: 'Checked in',
  completed: 'Completed',
  cancelled: 'Cancelled',
  no_show: 'No-show',
};
export const appointmentStatusLabel = (status) => statusLabels[status] || String(status).replaceAll('_', ' ');

function civil(date) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date || '');
  return match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : null;
}

// Civil date `date` moved by `days` whole days.
export function addDays(date, days) {
  const value = civil(date);
  if (!value) return '';
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

// 'mon'…'sun' of a civil date.
export function weekdayOf(date) {
  const value = civil(date);
  return value ? WEEKDAYS[(value.getUTCDay() + 6) % 7] : '';
}

// The Monday on or before `date`.
export function weekStart(date) {
  const value = civil(date);
  if (!value) return '';
  return addDays(date, -((value.getUTCDay() + 6) % 7));
}

// The civil dates from `from`, `count` of them.
export function daysFrom(from, count) {
  return Array.from({ length: count }, (_, i) => addDays(from, i));
}

// "YYYY-MM-DD" and "HH:MM" of a local date-time "YYYY-MM-DDTHH:MM".
export const localDate = (local) => (local || '').slice(0, 10);
export const localTime = (local) => (local || '').slice(11, 16);

// Minutes since midnight of "HH:MM" (24:00 is 1440), or NaN.
export function minutesOf(time) {
  const match = /^([0-2]\d):([0-5]\d)$/.exec(time || '');
  return match ? +match[1] * 60 + +match[2] : NaN;
}

// "09:00–09:30" of an appointment or slot (end_local may be missing on a slot).
export function timeRange(item) {
  const from = localTime(item.start_local);
  const to = localTime(item.end_local);
  return to ? `${from}–${to}` : from;
}

// Appointments grouped by local date, each day's sorted by start; cancelled ones left out
// unless `showCancelled`. Days without visits map to [].
export function byDay(items, days, showCancelled = true) {
  const map = new Map(days.map((day) => [day, []]));
  for (const item of items) {
    if (!showCancelled && item.status === 'cancelled') continue;
    const list = map.get(localDate(item.start_local));
    if (list) list.push(item);
  }
  for (const list of map.values()) list.sort((a, b) => a.start_local.localeCompare(b.start_local) || a.id - b.id);
  return map;
}

// Which status buttons an appointment offers, in order: [status, label].
export function statusActions(appointment) {
  switch (appointment.status) {
    case 'booked':
    case 'confirmed':
      return [
        ['checked_in', 'Check in'],
        ['no_show', 'No-show'],
      ];
    case 'checked_in':
      return [['completed', 'Complete']];
    default:
      return [];
  }
}

// Whole days between two local date-times' dates (b − a).
export function gapDays(a, b) {
  return Math.round((civil(localDate(b)) - civil(localDate(a))) / 86400000);
}

// A working week from the form's rows: {mon: [{from, to}], …}, days without spans left out
// (days off). Every row is sent as it is, so an error at /hours/<day>/<i> names the row shown.
export function hoursBody(week) {
  const hours = {};
  for (const day of WEEKDAYS) {
    const spans = (week[day] || []).map((s) => ({ from: s.from, to: s.to }));
    if (spans.length > 0) hours[day] = spans;
  }
  return { hours };
}
