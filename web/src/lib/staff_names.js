// Staff names by user id, for "who did it" (overrides, skin-type assessments): GET /api/v1/staff,
// which every staff role may read, asked once per page that needs it.
import { useResource } from './resource.js';

// (id) => the person's name, or "user #id" until the list is loaded or for a removed account.
export function useStaffNames(enabled = true) {
  const staff = useResource(enabled ? '/api/v1/staff' : null);
  const names = new Map((staff.data ? staff.data.items : []).map((u) => [u.id, u.title ? `${u.display_name} (${u.title})` : u.display_name]));
  return (id) => names.get(id) || `user #${id}`;
}
