/**
 * Ids that go into a Graph URL path. A user-given id must be a GUID before anything is sent: `--app-id
 * ../../deviceManagement` once sent `GET /v1.0/deviceManagement`, and `<idA>/../<idB>` planned against app B.
 * Ids Intune returns are still encoded where they are put into a path (`pathSegment`).
 */
import { inputError } from '../errors'

export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Refuses a given id that is not a bare GUID, naming the field; `undefined` and '' mean "not given". */
export function checkGuidInput(field: string, value: string | undefined): void {
  if (value === undefined || value === '') return
  if (!GUID_PATTERN.test(value)) {
    throw inputError(
      field,
      `${JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value)} is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).`,
      "Copy the app's id from the Intune admin center (Apps > the app > Properties), or leave it empty.",
    )
  }
}

/** One URL path segment: never a `/`, `..` or query of its own. */
export function pathSegment(id: string): string {
  const seg = encodeURIComponent(id)
  return seg === '.' || seg === '..' ? seg.replace(/\./g, '%2E') : seg
}
