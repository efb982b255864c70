/**
 * The assignment template the adapters' black-box tests publish with (docs/assignment-templates.md), and
 * a check of what the simulator holds afterwards, by group display name.
 */
import type { RunningSimulator } from '@intune-publish/sim'

/** Inline YAML, as a workflow would pass it in `assignments: |`. */
export const ASSIGNMENTS_YAML = [
  'mode: merge',
  'assignments:',
  '  - intent: available',
  '    group: Pilot Users',
  '  - intent: required',
  '    group: IT Department',
  '    exclude: [Kiosk Devices]',
  '    settings:',
  '      win32:',
  '        notifications: showReboot',
  '        installTime: { deadline: +3d }',
  '',
].join('\n')

/** `intent group-name [exclude]`, sorted, for each assignment the simulator holds on the app. */
export function assignmentsOf(sim: RunningSimulator, appId: string): string[] {
  const app = sim.state.apps.get(appId)
  if (!app) throw new Error(`the simulator has no app ${appId}`)
  const name = (id: unknown): string =>
    sim.state.groups.find(g => g.id === id)?.displayName ?? `unknown group ${String(id)}`
  return app.assignments
    .map(a => {
      const target = a.target as { '@odata.type'?: string; groupId?: string }
      const exclude = /exclusion/i.test(target['@odata.type'] ?? '') ? ' [exclude]' : ''
      return `${String(a.intent)} ${name(target.groupId)}${exclude}`
    })
    .sort()
}

/** What ASSIGNMENTS_YAML must leave on the app. */
export const EXPECTED_ASSIGNMENTS = [
  'available Pilot Users',
  'required IT Department',
  'required Kiosk Devices [exclude]',
]

/** Two rings: pilot, then every Windows device once two devices installed it with 90% success. */
export const RINGS_YAML = [
  'rings:',
  '  - name: pilot',
  '    assignments: [{ intent: required, group: Pilot Users }]',
  '  - name: broad',
  '    gate: { minSuccessRate: 0.9, minInstalled: 2 }',
  '    assignments: [{ intent: required, group: All Windows Devices }]',
  '',
].join('\n')
