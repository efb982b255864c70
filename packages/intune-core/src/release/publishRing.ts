/**
 * What rings change in `publish`: a build goes into the template's first ring, or the ring `--ring`
 * names, with that ring's (cumulative) assignments; and the ring it entered is written into the notes.
 */
import { inputError } from '../errors'
import type { GraphApp } from '../publish/intuneApps'
import { ringIndex, type AssignmentTemplate } from '../templates'
import { templateForRing } from './ringAssignments'
import { publishRingFields } from './ringState'

export interface PublishRing {
  template: AssignmentTemplate
  ring?: string
}

export function ringForPublish(
  template: AssignmentTemplate | undefined,
  ring: string | undefined,
): PublishRing | undefined {
  const rings = template?.release?.rings ?? []
  if (!template) {
    if (ring !== undefined)
      throw inputError(
        'ring',
        'a ring was given but there is no assignment template',
        'Give --assignments with rings.',
      )
    return undefined
  }
  if (!rings.length) {
    if (ring !== undefined)
      throw inputError(
        'ring',
        `the assignment template has no rings, so there is no ring '${ring}'`,
        'Add rings to the template or drop --ring.',
      )
    return { template }
  }
  const index = ring === undefined ? 0 : ringIndex(rings, ring)
  if (index < 0)
    throw inputError(
      'ring',
      `no ring '${ring}' in the template (rings: ${rings.map(r => r.name).join(', ')})`,
      'Name a ring of the template.',
    )
  return { template: templateForRing(template, index), ring: rings[index].name }
}

/** Marker lines for the publish: empty without rings. */
export function publishMarkerRing(
  chosen: PublishRing | undefined,
  existing: GraphApp | undefined,
  sameContent: boolean,
  explicit: boolean,
  now: Date,
): Record<string, string> {
  if (!chosen?.ring) return {}
  return publishRingFields(existing?.notes, sameContent, chosen.ring, explicit, now)
}
