/**
 * What the task's black-box tests share: the simulator with a federated issuer for Entra-issued Azure
 * DevOps tokens, the OIDC stand-in for SYSTEM_OIDCREQUESTURI, the task unpacked from the .vsix, and a
 * run helper that starts it as the agent does (agent.ts) with the connection passed by id.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { startOidcStandIn, type OidcStandIn } from '../../packages/adapter/src/test-support/oidc-standin'
import type { BundleRun } from '../../packages/adapter/src/test-support/run-bundle'
import { createIssuer, startSim, type SimHandle } from '../../packages/adapter/src/test-support/sim'
import { runAgentStep, unpackVsix, type AgentEndpoint } from './agent'

export type { AgentEndpoint }

const ROOT = path.resolve(__dirname, '../..')
export const FIXTURES = path.resolve(ROOT, '../shared/fixtures')
export const TENANT = '7a5d4f0e-3c1b-4e8a-9f2d-6b0c1e2a3d4f'
export const ISSUER = `https://login.microsoftonline.com/${TENANT}/v2.0`
export const CONNECTION_ID = '2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f'
export const SUBJECT = `/eid1/c/pub/t/DUNdOgU8ik6fLWsMHio9Tw/a/ADXVr3cOQUm9sN4R1kq0Vg/sc/0a1b2c3d-0000-4000-8000-000000000001/${CONNECTION_ID}`
export const AUDIENCE = 'api://AzureADTokenExchange'

const PROVENANCE = {
  BUILD_REPOSITORY_NAME: 'contoso/app',
  BUILD_SOURCEVERSION: 'abcdef0123456789',
  BUILD_DEFINITIONNAME: 'release',
  BUILD_BUILDID: '77',
  SYSTEM_COLLECTIONURI: 'https://dev.azure.com/contoso/',
  SYSTEM_TEAMPROJECT: 'apps',
}

export type Endpoint = Omit<AgentEndpoint, 'id' | 'url'>

export interface TaskRig {
  sim: SimHandle
  oidc: OidcStandIn
  taskDir: string
  run(
    inputs: Record<string, string>,
    endpoint: Endpoint,
    variables?: Record<string, string>,
    /** More service connections (requireHealthyIn's), by id. */
    more?: AgentEndpoint[],
  ): Promise<BundleRun>
  secretEndpoint(data?: Record<string, string>): Endpoint
  /** A WIF connection; the run then gets SYSTEMVSSCONNECTION with the stand-in's request token. */
  wifEndpoint(clientId: string): Endpoint
  /** Every secret a run could leak: the client secret, the request token, each OIDC token issued. */
  secrets(): Record<string, string>
  stop(): Promise<void>
}

export async function startTaskRig(): Promise<TaskRig> {
  const taskDir = await unpackVsix()
  const issuer = createIssuer(ISSUER)
  const sim = await startSim({ issuer, subject: SUBJECT, audience: AUDIENCE })
  const oidc = await startOidcStandIn(issuer, SUBJECT, AUDIENCE)
  const vss: AgentEndpoint = {
    id: 'SYSTEMVSSCONNECTION',
    url: 'https://dev.azure.com/contoso/',
    scheme: 'OAuth',
    parameters: { AccessToken: oidc.requestToken },
  }
  return {
    sim,
    oidc,
    taskDir,
    run: (inputs, endpoint, variables = {}, more = []) =>
      runAgentStep(
        taskDir,
        {
          inputs: { connection: CONNECTION_ID, ...inputs },
          endpoints: [
            { id: CONNECTION_ID, url: sim.graphUrl, ...endpoint },
            ...(endpoint.scheme === 'WorkloadIdentityFederation' ? [vss] : []),
            ...more,
          ],
          sourcesDir: FIXTURES,
          variables: { SYSTEM_DEBUG: 'true', ...PROVENANCE, ...variables },
        },
        { NODE_EXTRA_CA_CERTS: sim.caFile },
      ),
    secretEndpoint: (data = {}) => ({
      scheme: 'None',
      parameters: {
        clientId: sim.connection.clientId,
        clientSecret: sim.connection.clientSecret,
        authUrl: sim.tokenUrl,
      },
      data,
    }),
    wifEndpoint: clientId => ({
      scheme: 'WorkloadIdentityFederation',
      parameters: { serviceprincipalid: clientId, tenantid: TENANT, authUrl: sim.tokenUrl },
    }),
    secrets: () => {
      const out: Record<string, string> = {
        clientSecret: sim.connection.clientSecret,
        requestToken: oidc.requestToken,
      }
      oidc.issued.forEach((t, i) => (out[`oidc ${i}`] = t))
      return out
    },
    stop: async () => {
      await oidc.close()
      await sim.stop()
    },
  }
}

export function vsoOutputs(stdout: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of stdout.matchAll(/##vso\[task\.setvariable variable=([^;]+);isOutput=true;[^\]]*\](.*)/g))
    out[m[1]] = m[2]
  return out
}

export function summaryOf(stdout: string): { name: string; text: string } {
  const m = /##vso\[task\.uploadsummary\](.*)/.exec(stdout)
  return m
    ? { name: path.basename(m[1].trim()), text: readFileSync(m[1].trim(), 'utf8') }
    : { name: '', text: '' }
}

export const errorsOf = (r: BundleRun): string[] =>
  r.stdout.split('\n').filter(l => l.startsWith('##vso[task.issue type=error'))
