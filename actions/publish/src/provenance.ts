/** The run facts written into the app's notes, so an admin can trace an app version to its build. */

export interface RunContext {
  serverUrl: string
  sha: string
  workflow: string
  runId: number
  runAttempt?: number
}

export function provenanceOf(ctx: RunContext, env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {}
  const repository = env.GITHUB_REPOSITORY
  if (repository) out.repository = repository
  if (ctx.sha) out.commit = ctx.sha
  if (ctx.workflow) out.workflow = ctx.workflow
  if (repository && ctx.runId) {
    const attempt = ctx.runAttempt && ctx.runAttempt > 1 ? `/attempts/${ctx.runAttempt}` : ''
    out.runUrl = `${ctx.serverUrl || 'https://github.com'}/${repository}/actions/runs/${ctx.runId}${attempt}`
  }
  return out
}
