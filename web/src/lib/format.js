// Dates and names for people. Civil dates (YYYY-MM-DD) are calendar days with no time zone:
// they are formatted as UTC so that no offset can move them to the day before.

const dayFormats = {
  short: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  weekday: new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  long: new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  dayMonth: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
};
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function civil(date) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date || '');
  return match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : null;
}

// "20 Nov 2026" (style short), "Fri 20 Nov 2026" (weekday), "Friday 20 November 2026" (long).
export function formatDate(date, style = 'short') {
  const value = civil(date);
  return value ? dayFormats[style].format(value) : '';
}

export function formatDayMonth(date) {
  const value = civil(date);
  return value ? dayFormats.dayMonth.format(value) : '';
}

// A server timestamp ("2026-11-20T11:45:29Z") in the browser's time zone.
export function formatTime(timestamp) {
  const value = new Date(timestamp);
  return Number.isNaN(value.getTime()) ? timestamp : timeFormat.format(value);
}

export function formatRange(from, to) {
  if (!to) return `from ${formatDate(from)}`;
  if (from === to) return formatDate(from);
  return `${formatDate(from)} – ${formatDate(to)}`;
}

// Whole days from civil date `a` to `b`.
export function daysBetween(a, b) {
  return Math.round((civil(b) - civil(a)) / 86400000);
}

// Today's date as YYYY-MM-DD in `timeZone` (an IANA name, such as the clinic's), or in the
// browser's own zone.
export function today(timeZone) {
  try {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date());
    const part = (type) => parts.find((p) => p.type === type).value;
    return `${part('year')}-${part('month')}-${part('day')}`;
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

export function ageOn(birthDate, onDate = today()) {
  const birth = civil(birthDate);
  const on = civil(onDate);
  if (!birth || !on) return null;
  let age = on.getUTCFullYear() - birth.getUTCFullYear();
  if (
    on.getUTCMonth() < birth.getUTCMonth() ||
    (on.getUTCMonth() === birth.getUTCMonth() && on.getUTCDate() < birth.getUTCDate())
  ) {
    age--;
  }
  return age;
}

export function fullName(patient) {
  return patient ? `${patient.given_name} ${patient.family_name}`.trim() : '';
}

export function formatDepth(range) {
  if (!range) return '';
  const mm = (value) => Number(value).toFixed(2);
  return `${mm(range.min)}–${mm(range.max)} mm`;
}

export function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
