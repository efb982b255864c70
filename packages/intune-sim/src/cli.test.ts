import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { simAgent, call } from './test-support/simHttp'

// Runs the built CLI (`tsc -b` first), as users and the demo do.
const CLI = path.resolve(__dirname, '../dist/cli.js')

test('cli prints exactly one JSON line, serves requests and stops cleanly on SIGTERM', async () => {
  expect(existsSync(CLI)).toBe(true)
  const child = spawn(
    process.execPath,
    [CLI, '--no-blob', '--roles', 'DeviceManagementApps.Read.All', '--client-secret', 'cli-secret'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let stdout = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  const started = Date.now()
  await new Promise<void>((ok, fail) => {
    child.stdout.on('data', () => stdout.includes('\n') && ok())
    child.once('exit', code => fail(new Error(`exited early with ${code}`)))
  })
  expect(Date.now() - started).toBeLessThan(5000)
  const ready = JSON.parse(stdout.trim()) as {
    authUrl: string
    graphUrl: string
    caFile: string
    connection: Record<string, unknown>
  }
  expect(ready.connection).toMatchObject({
    clientSecret: 'cli-secret',
    allowCustomEndpoints: true,
    caFile: ready.caFile,
    graphUrl: ready.graphUrl,
    authUrl: ready.authUrl,
  })
  expect(ready.authUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/[0-9a-f-]{36}\/oauth2\/v2\.0\/token$/)
  const caPem = readFileSync(ready.caFile, 'utf8')
  const agent = simAgent(caPem)
  const c = ready.connection as Record<string, string>
  const tok = await call(agent, 'POST', c.authUrl, {
    form: {
      grant_type: 'client_credentials',
      client_id: c.clientId,
      client_secret: 'cli-secret',
      scope: `${c.graphUrl}/.default`,
    },
  })
  const list = await call(agent, 'GET', `${ready.graphUrl}/v1.0/deviceAppManagement/mobileApps`, {
    token: String(tok.json.access_token),
  })
  expect(list.status).toBe(200)
  await agent.close()

  const exit = new Promise<number | null>(ok => child.once('exit', code => ok(code)))
  child.kill('SIGTERM')
  expect(await exit).toBe(0)
  expect(stdout.split('\n').filter(Boolean)).toHaveLength(1)
  expect(existsSync(ready.caFile)).toBe(false)
})
