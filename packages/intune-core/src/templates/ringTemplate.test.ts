import { loadAssignmentTemplate } from './assignmentTemplate'
import { ringAssignments } from './ringTemplate'

const doc = {
  rings: [
    { name: 'pilot', assignments: [{ intent: 'available', group: 'Pilot Users' }] },
    {
      name: 'broad',
      after: '+3d',
      gate: { minSuccessRate: 0.95 },
      assignments: [{ intent: 'required', group: 'Finance' }],
    },
    {
      name: 'all',
      replace: true,
      assignments: [
        { intent: 'required', group: 'Pilot Users' },
        { intent: 'required', allUsers: true },
      ],
    },
  ],
}

test('rings add up; a replace ring retires the earlier targets it does not name again', async () => {
  const t = await loadAssignmentTemplate(doc)
  const rings = t.release?.rings ?? []
  expect(rings.map(r => r.name)).toEqual(['pilot', 'broad', 'all'])
  expect(t.entries.map(e => e.intent)).toEqual(['available'])
  expect(ringAssignments(rings, 1).entries.map(e => e.origin)).toEqual([
    '<assignment template> rings[0].assignments[0]',
    '<assignment template> rings[1].assignments[0]',
  ])
  const last = ringAssignments(rings, 2)
  expect(last.entries.map(e => `${e.intent} ${e.target.kind}`)).toEqual([
    'required group',
    'required allUsers',
  ])
  expect(last.retired.map(e => e.origin)).toEqual(['<assignment template> rings[1].assignments[0]'])
})

test('ring problems are reported together, naming the field', async () => {
  const bad = {
    assignments: [],
    rings: [
      { name: 'pilot', after: '+1d', assignments: [{ intent: 'required', group: 'A' }] },
      {
        name: 'Pilot',
        after: 'tomorrow',
        gate: { minSuccessRate: 2 },
        assignments: [{ intent: 'required', group: 'B' }],
      },
    ],
  }
  await expect(loadAssignmentTemplate(bad)).rejects.toThrow(
    /rings\[1\]\.after[\s\S]*rings\[1\]\.gate\.minSuccessRate/,
  )
  const shape = { ...bad, rings: bad.rings.map(r => ({ ...r, after: undefined, gate: undefined })) }
  const err = await loadAssignmentTemplate(
    JSON.parse(JSON.stringify(shape)) as Record<string, unknown>,
  ).catch((e: Error) => e)
  expect(String(err)).toMatch(/give either assignments or rings/)
  expect(String(err)).toMatch(/ring 'Pilot' is named twice/)
  await expect(loadAssignmentTemplate({ mode: 'merge' })).rejects.toThrow(/assignments: required \(or rings/)
})
