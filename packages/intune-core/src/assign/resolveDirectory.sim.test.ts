/**
 * Name look-ups stay bounded (issue 11 item 7): 300 group names used to go out as 300 parallel requests,
 * each on its own TLS connection. The simulator counts what it sees at once and the sockets it accepts.
 */
import { randomUUID } from 'node:crypto'
import { silentLogger } from '../logger'
import { LOOKUP_CONCURRENCY, resolveDirectory } from './resolveDirectory'
import { type SimGraph, startSimGraph } from './test-support/simGraph'

let s: SimGraph
beforeAll(async () => {
  // A little latency, as over a real network, so that concurrent requests overlap at the simulator.
  s = await startSimGraph(undefined, { latencyMs: 15 })
})
afterAll(() => s.stop())

test('300 group names: every one resolved, at most a small pool in flight over a few sockets', async () => {
  const names = Array.from({ length: 300 }, (_, i) => `Lookup group ${i}`)
  const ids = names.map(() => randomUUID())
  names.forEach((displayName, i) => s.sim.state.groups.push({ id: ids[i], displayName, members: ['m'] }))
  const traffic = s.sim.state.graphTraffic
  traffic.peakInFlight = 0
  const connectionsBefore = traffic.connections

  const dir = await resolveDirectory(
    s.graph,
    { groupNames: names, nonEmptyGroups: names.slice(0, 40) },
    silentLogger,
  )

  expect(Object.keys(dir.groups)).toHaveLength(300)
  expect(dir.groups['Lookup group 299']).toBe(ids[299])
  expect(traffic.peakInFlight).toBeGreaterThan(1)
  expect(traffic.peakInFlight).toBeLessThanOrEqual(LOOKUP_CONCURRENCY)
  // A socket goes back to the dispatcher's pool a moment after its response is read, and under load the
  // next request may not wait for it: a few more sockets than the pool can open, never one per name (340
  // connections for these 300 names and 40 member checks before the pool).
  expect(traffic.connections - connectionsBefore).toBeLessThanOrEqual(4 * LOOKUP_CONCURRENCY)
})
