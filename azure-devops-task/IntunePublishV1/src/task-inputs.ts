/** The task's input names (task.json), free of task-lib so tests can read them. */

/** Action input name -> task input name, for the inputs both have. */
export const TASK_INPUTS: Record<string, string> = {
  command: 'command',
  'setting-name': 'settingName',
  package: 'package',
  source: 'source',
  setup: 'setup',
  app: 'app',
  assignments: 'assignments',
  'assignment-mode': 'assignmentMode',
  'app-id': 'appId',
  supersede: 'supersede',
  'dry-run': 'dryRun',
  'allow-expired-provisioning-profile': 'allowExpiredProvisioningProfile',
  'graph-url': 'graphUrl',
  'allow-custom-endpoints': 'allowCustomEndpoints',
  'ca-file': 'caFile',
  concurrency: 'concurrency',
  'block-size-mib': 'blockSizeMiB',
  manifest: 'manifest',
  shard: 'shard',
  parallel: 'parallel',
  'budget-share': 'budgetShare',
  'fail-fast': 'failFast',
  'split-by': 'splitBy',
  jobs: 'jobs',
  ring: 'ring',
  force: 'force',
  'allow-required-to-all': 'allowRequiredToAll',
  'allow-empty-groups': 'allowEmptyGroups',
}

/** The service connection of the environment a build must be healthy in (publish only). */
export const HEALTHY_IN_INPUT = 'requireHealthyIn'

/** The task's filePath inputs: the agent turns an empty one into the sources folder. */
export const FILE_PATH_INPUTS: ReadonlySet<string> = new Set(['source', 'app', 'caFile'])

/**
 * The default of a pick list that means "not set": the agent always passes the default, so a real value
 * there would override what a template says (assignmentMode: merge over a template's `mode: replace`).
 */
export const UNSET_CHOICES: Record<string, string> = { assignmentMode: 'template' }
