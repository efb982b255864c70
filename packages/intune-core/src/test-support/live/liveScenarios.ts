/**
 * Live mode's scenarios: the transcripts' scenarios (every fixture app type), with the run prefix on
 * every display name, an assignment to the maintainer's group, and the risky cases of issue 9:
 * iOS create and PATCH (item 1), MSIX update (item 3), macOSPkgApp assigned (item 6, a beta-only type),
 * a Win32 app packaged on the fly from a folder (item 11), and every transcript shows each
 * `POST …/contentVersions` (item 2; a failed commit can't be forced on a real tenant, so the second
 * content version itself is covered only against the simulator).
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { scenarios, type Scenario } from '../transcripts/scenarios'

export async function liveScenarios(
  prefix: string,
  group: { group?: string; groupId?: string },
): Promise<Scenario[]> {
  const base = scenarios(prefix)
  const assignments = { assignments: [{ ...group, intent: 'available' }] }
  const withGroup = base.map(s =>
    s.appType === 'macOSPkgApp' || s.appType === 'androidLobApp' ? { ...s, assignments } : s,
  )
  const dir = await mkdtemp(join(tmpdir(), 'ipub-live-source-'))
  await writeFile(join(dir, 'install.cmd'), '@echo off\r\necho intune-publish live test\r\n')
  await writeFile(join(dir, 'readme.txt'), 'Packaged on the fly by intune-publish live mode.\r\n')
  const win32 = base.find(s => s.appType === 'win32LobApp') as Scenario
  const source: Scenario = {
    ...win32,
    name: 'win32LobApp-source',
    template: { ...win32.template, displayName: `${prefix}Wire Win32 from source` },
    update: {
      template: { ...win32.template, displayName: `${prefix}Wire Win32 from source`, description: 'updated' },
    },
    source: { dir, setupFile: 'install.cmd' },
  }
  return [...withGroup, source]
}
