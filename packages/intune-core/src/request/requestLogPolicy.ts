/**
 * Stamps every call with a client request id (Graph: `client-request-id`, Azure Storage:
 * `x-ms-client-request-id`) and logs one sanitized debug line per attempt: method, URL without query
 * values, status, the service's request id, time taken. Never a header value, a body or a SAS signature.
 */
import { randomUUID } from 'node:crypto'
import type { Logger } from '../logger'
import { innermostMessage } from './networkErrors'
import { describeRequest } from './retryPolicy'
import type { PipelinePolicy, PipelineRequest, PipelineResponse, Service } from './types'

export const CLIENT_REQUEST_ID: Record<Service, string> = {
  graph: 'client-request-id',
  blob: 'x-ms-client-request-id',
}
const SERVICE_REQUEST_ID: Record<Service, string> = { graph: 'request-id', blob: 'x-ms-request-id' }

/** Adds a client request id unless the caller set one (Graph calls set theirs to name it in errors). */
export function stampRequestId(request: PipelineRequest): PipelineRequest {
  const name = CLIENT_REQUEST_ID[request.service]
  if (request.headers[name]) return request
  return { ...request, headers: { ...request.headers, [name]: randomUUID() } }
}

export function requestIdPolicy(): PipelinePolicy {
  return {
    name: 'requestId',
    sendRequest: (request, next) => next(stampRequestId(request)),
  }
}

export function requestLogPolicy(logger: Logger): PipelinePolicy {
  return {
    name: 'requestLog',
    async sendRequest<R>(
      request: PipelineRequest,
      next: (r: PipelineRequest) => Promise<PipelineResponse<R>>,
    ) {
      const started = Date.now()
      const clientId = request.headers[CLIENT_REQUEST_ID[request.service]] ?? '-'
      try {
        const res = await next(request)
        const requestId = res.header(SERVICE_REQUEST_ID[request.service]) ?? '-'
        logger.debug(
          `${describeRequest(request)} → ${res.status} (request-id ${requestId}, client-request-id ${clientId}, ${Date.now() - started} ms)`,
        )
        return res
      } catch (e) {
        logger.debug(
          `${describeRequest(request)} failed after ${Date.now() - started} ms (client-request-id ${clientId}): ${innermostMessage(e)}`,
        )
        throw e
      }
    },
  }
}
