/** The slice of the Graph client the publish flow uses, so its steps can be read without the client's details. */
import type { GraphClient } from '../graph'

export type { GraphVersion } from '../graph/createGraphClient'
export type GraphPort = Pick<GraphClient, 'get' | 'post' | 'patch' | 'delete' | 'list' | 'graphUrl'>
