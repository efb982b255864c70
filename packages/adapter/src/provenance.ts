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

/** An Azure Pipelines run's facts, from its predefined variables. */
export function pipelineProvenance(v: (name: string) => string): Record<string, string> {
  const out: Record<string, string> = {}
  if (v('Build.Repository.Name')) out.repository = v('Build.Repository.Name')
  if (v('Build.SourceVersion')) out.commit = v('Build.SourceVersion')
  if (v('Build.DefinitionName')) out.workflow = v('Build.DefinitionName')
  const collection = v('System.CollectionUri')
  if (collection && v('System.TeamProject') && v('Build.BuildId')) {
    out.runUrl = `${collection.replace(/\/?$/, '/')}${encodeURIComponent(v('System.TeamProject'))}/_build/results?buildId=${v('Build.BuildId')}`
  }
  return out
}
