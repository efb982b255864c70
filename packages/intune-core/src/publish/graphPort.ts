/**
 * The slice of the Graph client the publish flow uses. Keeping it this small lets the flow be read
 * without the client's details, and makes the one place that picks v1.0 or beta visible at each call.
 */
import type { GraphVersion } from '../graph/createGraphClient'

export type { GraphVersion }

export interface GraphPort {
  get<T>(path: string, opts: { version: GraphVersion }): Promise<T>
  post<T>(path: string, body: unknown, opts: { version: GraphVersion }): Promise<T>
  patch(path: string, body: unknown, opts: { version: GraphVersion }): Promise<void>
  delete(path: string, opts: { version: GraphVersion }): Promise<void>
  list<T>(path: string, opts: { version: GraphVersion }): Promise<T[]>
}
