/**
 * A self-hosted agent behind a proxy: the task, started from the .vsix as the agent starts it, with the
 * agent's proxy variables (Agent.ProxyUrl, its credentials as the agent passes them) and a flaky OIDC
 * endpoint. Sign-in, Graph and the WIF token request all go through the proxy; the token request is
 * retried after 503s; the proxy password never shows.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { findLeaks } from '../../packages/adapter/src/test-support/leaks'
import { startProxyStandIn, type ProxyStandIn } from '../../packages/adapter/src/test-support/proxy-standin'
import { OIDC_CLIENT_ID } from '../../packages/adapter/src/test-support/sim'
import { errorsOf, startTaskRig, vsoOutputs, type TaskRig } from './task-rig'

const PROXY_USER = 'agent-proxy'
const PROXY_PASSWORD = 'Pr0xy~Pass.word_31'
let rig: TaskRig
let proxy: ProxyStandIn
let flaky: http.Server
let flakyUrl: string
let attempts = 0

beforeAll(async () => {
  rig = await startTaskRig()
  proxy = await startProxyStandIn({ username: PROXY_USER, password: PROXY_PASSWORD })
  // In front of the OIDC stand-in: the first two token requests get 503, as a busy service would answer.
  const target = new URL(rig.oidc.url)
  flaky = http.createServer((req, res) => {
    attempts++
    if (attempts <= 2) {
      req.resume()
      res.writeHead(503).end()
      return
    }
    const up = http.request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      r => {
        res.writeHead(r.statusCode ?? 502, r.headers)
        r.pipe(res)
      },
    )
    req.pipe(up)
  })
  await new Promise<void>(resolve => flaky.listen(0, '127.0.0.1', resolve))
  flakyUrl = `http://127.0.0.1:${(flaky.address() as AddressInfo).port}${target.pathname}${target.search}`
}, 180000)
afterAll(async () => {
  await new Promise(resolve => flaky?.close(resolve))
  await proxy?.close()
  await rig?.stop()
})

it('signs in with workload identity federation through the agent proxy, retrying the token request', async () => {
  const before = rig.oidc.issued.length
  const r = await rig.run(
    { command: 'check-connection', allowCustomEndpoints: 'true' },
    rig.wifEndpoint(OIDC_CLIENT_ID),
    {
      SYSTEM_OIDCREQUESTURI: flakyUrl,
      AGENT_PROXYURL: proxy.url,
      AGENT_PROXYUSERNAME: PROXY_USER,
      // The agent sets Agent.ProxyPassword as a secret variable (azure-pipelines-agent ExecutionContext.cs,
      // "Proxy variables"), and secret variables arrive as SECRET_<NAME>, which task-lib moves into its vault.
      SECRET_AGENT_PROXYPASSWORD: PROXY_PASSWORD,
    },
  )
  expect([vsoOutputs(r.stdout).status, errorsOf(r)]).toEqual(['connected', []])
  // Two 503s, each retried; every later request (one per sign-in) answered at once.
  const issued = rig.oidc.issued.length - before
  expect(issued).toBeGreaterThan(0)
  expect(attempts).toBe(2 + issued)
  const sim = new URL(rig.sim.graphUrl).host
  const oidcHost = new URL(flakyUrl).host
  expect(proxy.refused).toBe(0)
  expect(new Set(proxy.hosts)).toEqual(new Set([sim, new URL(rig.sim.tokenUrl).host, oidcHost]))
  // task-lib's getVariable debug-prints every variable it reads, secret ones too; the agent masks that
  // line itself (it set Agent.ProxyPassword as a secret before the task started). Only that line is
  // excused: the password anywhere else is a leak of ours.
  const printed = [r.stdout, r.stderr, r.files]
    .join('\n')
    .replace(/^##vso\[task\.debug\]Agent\.ProxyPassword=.*$/gm, '')
  expect(findLeaks(printed, { PROXY_PASSWORD, ...rig.secrets() })).toEqual([])
})
