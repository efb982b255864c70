/**
 * Test hooks that run inside the simulator just before a matching Graph request is handled. They let a
 * test play a second actor at an exact moment of a run, e.g. an admin who adds an assignment while a
 * publish uploads (reliability review F1), without mocking the client's HTTP: the client's request is
 * real and waits while the hook works on the simulator's state or sends its own requests.
 */
import type { RouteContext } from './router'

export interface RequestHookRule {
  method?: string
  /** Tested against the path after the version, e.g. `/deviceAppManagement/mobileApps/<id>/assignments`. */
  path?: RegExp
  /** Fire once (default) or on every match. */
  once?: boolean
}

type Hook = RequestHookRule & { run: (ctx: RouteContext) => void | Promise<void> }

export class RequestHooks {
  private hooks: Hook[] = []

  /** Runs `run` before the next request (or every request, `once: false`) matching `rule`. */
  before(rule: RequestHookRule, run: Hook['run']): void {
    this.hooks.push({ ...rule, run })
  }

  clear(): void {
    this.hooks = []
  }

  /** Hooks still waiting to fire. */
  pending(): number {
    return this.hooks.length
  }

  async run(ctx: RouteContext, method: string): Promise<void> {
    const due = this.hooks.filter(
      h => (!h.method || h.method.toUpperCase() === method) && (!h.path || h.path.test(ctx.path)),
    )
    if (!due.length) return
    this.hooks = this.hooks.filter(h => !due.includes(h) || h.once === false)
    for (const h of due) await h.run(ctx)
  }
}
