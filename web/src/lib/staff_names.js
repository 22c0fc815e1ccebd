// Staff names by user id, for "who did it" (overrides, skin-type assessments): GET /api/v1/staff,
// which every staff role may read, asked once per page that needs it.
import { useResource } from './resource.js';

// (id) => the person's name, or "user #id" until the list is loaded or for a removed account.
export function useStaffNames(enabled = true) {
  const staff = useResource(enabled ? '/api/v1/staff' : null);
  const names = new Map((staff.data ? staff.data.items : []).map((u) => [u.id, u.title ? `${u.display_name} (${u.title})` : u.display_name]));
  return (id) => names.get(id) || `user #${id}`;
}

// The people who see patients (active providers), for calendars and bookings:
// { providers: [user…], nameOf(id), loading, error, reload }.
export function useProviders() {
  const staff = useResource('/api/v1/staff');
  const providers = (staff.data ? staff.data.items : []).filter((u) => u.role === 'provider' && u.active);
  const names = new Map((staff.data ? staff.data.items : []).map((u) => [u.id, u.display_name]));
  return {
    providers,
    nameOf: (id) => names.get(id) || `provider #${id}`,
    loading: staff.loading,
    error: staff.error,
    reload: staff.reload,
  };
}

// Rooms and devices by id: { rooms, devices, nameOf(id), loading, error }.
export function useResources() {
  const resources = useResource('/api/v1/resources');
  const items = resources.data ? resources.data.items : [];
  const names = new Map(items.map((r) => [r.id, r.name]));
  return {
    rooms: items.filter((r) => r.kind === 'room' && r.active),
    devices: items.filter((r) => r.kind === 'device' && r.active),
    nameOf: (id) => (id === null || id === undefined ? '' : names.get(id) || `#${id}`),
    loading: resources.loading,
    error: resources.error,
  };
}
