/**
 * The slice of @intune-publish/core the adapters call, typed from the core itself. The Action loads the
 * core lazily (a separate chunk of the bundle), after its inputs are read and their secrets registered.
 */
import type * as Core from '@intune-publish/core'

export type {
  CheckConnectionResult,
  ConnectionInput,
  Logger,
  ProgressEvent,
  PublishInputs,
  PublishPlan,
  PublishResult,
} from '@intune-publish/core'

export type CoreOps = Pick<
  typeof Core,
  | 'checkConnection'
  | 'publish'
  | 'errorLine'
  | 'renderPlanMarkdown'
  | 'registerSecret'
  | 'sanitizeText'
  | 'oneLine'
>

export function loadCore(): Promise<CoreOps> {
  return import('@intune-publish/core')
}
