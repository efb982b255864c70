import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { silentLogger } from '@intune-publish/core'
import { packageCommand } from './package'
import type { CommandContext } from './types'

let tmp: string
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'cli-pkg-'))
  mkdirSync(path.join(tmp, 'src'))
  writeFileSync(path.join(tmp, 'src', 'install.ps1'), 'Write-Host hi')
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function context(values: CommandContext['values'], json: boolean) {
  const stdout: string[] = []
  const stderr: string[] = []
  const info: string[] = []
  const ctx: CommandContext = {
    values,
    positionals: [],
    env: {},
    logger: { ...silentLogger, info: m => info.push(m) },
    out: { stdout: t => stdout.push(t), stderr: t => stderr.push(t) },
    json,
  }
  return { ctx, stdout, stderr, info }
}

describe('intune-publish package', () => {
  it('--json prints one JSON object with name, sizes, digest and path, and no keys', async () => {
    const out = path.join(tmp, 'app.intunewin')
    const { ctx, stdout } = context(
      { source: path.join(tmp, 'src'), setup: 'install.ps1', out, seed: 'ci-seed' },
      true,
    )
    expect(await packageCommand.run(ctx)).toBe(0)
    expect(stdout).toHaveLength(1)
    const r = JSON.parse(stdout[0]!) as Record<string, unknown>
    expect(r.outFile).toBe(out)
    expect(r.name).toBe('install.ps1')
    expect(r.packageSize).toBe(statSync(out).size)
    expect(r.encryptedSize).toBe(48 + 16 * (Math.floor((r.unencryptedContentSize as number) / 16) + 1))
    expect(r.fileDigest).toMatch(/^[A-Za-z0-9+/]{43}=$/)
    expect(stdout[0]).not.toMatch(/encryptionKey|macKey/)
  })

  it('prints a readable summary without --json', async () => {
    const out = path.join(tmp, 'app2.intunewin')
    const { ctx, info } = context({ source: path.join(tmp, 'src'), setup: 'install.ps1', out }, false)
    expect(await packageCommand.run(ctx)).toBe(0)
    expect(info.join('\n')).toMatch(/Packaged install\.ps1/)
    expect(info.join('\n')).toContain(out)
  })

  it('refuses a missing flag with an input error naming it', async () => {
    const { ctx } = context({ source: path.join(tmp, 'src'), setup: 'install.ps1' }, false)
    await expect(packageCommand.run(ctx)).rejects.toMatchObject({ code: 'INPUT_INVALID', field: 'out' })
  })
})
