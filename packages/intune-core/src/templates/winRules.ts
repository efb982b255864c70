/**
 * Turns the template's rule shorthand (`detection:`, `requirements:`) into Graph win32LobAppRule objects
 * (the modern `rules` collection, valid on v1.0 and beta; never the legacy detectionRules arrays).
 */
import { INPUT_LIMITS, readBoundedFile } from '../connection/boundedRead'

export type GraphRule = Record<string, unknown> & {
  '@odata.type': string
  ruleType: 'detection' | 'requirement'
}

type Obj = Record<string, unknown>

const OPERATORS: Record<string, string> = {
  '=': 'equal',
  '!=': 'notEqual',
  '>': 'greaterThan',
  '>=': 'greaterThanOrEqual',
  '<': 'lessThan',
  '<=': 'lessThanOrEqual',
}
const operator = (v: unknown, fallback = 'equal'): string =>
  typeof v === 'string' ? (OPERATORS[v] ?? v) : fallback
const str = (v: unknown): string | null => (v === undefined || v === null ? null : String(v))

export interface RuleProblem {
  field: string
  message: string
}

export interface RulesResult {
  rules: GraphRule[]
  problems: RuleProblem[]
}

/** Graph's ProductCode rule for an MSI (also used for the package's own MSI detection). */
export function productCodeRule(productCode: string, productVersion?: string, op?: string): GraphRule {
  return {
    '@odata.type': '#microsoft.graph.win32LobAppProductCodeRule',
    ruleType: 'detection',
    productCode: productCode.startsWith('{') ? productCode.toUpperCase() : `{${productCode.toUpperCase()}}`,
    productVersionOperator: productVersion ? operator(op) : 'notConfigured',
    productVersion: productVersion ?? null,
  }
}

/**
 * What file and registry rules share: the check (exists by default) and, for checks that compare, the
 * operator and the value, which is then required.
 */
function comparison(
  r: Obj,
  field: string,
  problems: RuleProblem[],
): { operationType: string; operator: string; comparisonValue: string | null } {
  const check = (r.check as string | undefined) ?? 'exists'
  const compares = check !== 'exists' && check !== 'doesNotExist'
  if (compares && r.value === undefined)
    problems.push({ field: `${field}.value`, message: `required when check is ${check}` })
  return {
    operationType: check,
    operator: compares ? operator(r.operator) : 'notConfigured',
    comparisonValue: compares ? str(r.value) : null,
  }
}

function fileRule(
  r: Obj,
  ruleType: GraphRule['ruleType'],
  field: string,
  problems: RuleProblem[],
): GraphRule {
  const c = comparison(r, field, problems)
  return {
    '@odata.type': '#microsoft.graph.win32LobAppFileSystemRule',
    ruleType,
    path: r.path as string,
    fileOrFolderName: r.name as string,
    check32BitOn64System: r.check32BitOn64System === true,
    ...c,
  }
}

function registryRule(
  r: Obj,
  ruleType: GraphRule['ruleType'],
  field: string,
  problems: RuleProblem[],
): GraphRule {
  const c = comparison(r, field, problems)
  return {
    '@odata.type': '#microsoft.graph.win32LobAppRegistryRule',
    ruleType,
    keyPath: r.key as string,
    valueName: str(r.valueName),
    check32BitOn64System: r.check32BitOn64System === true,
    ...c,
  }
}

async function scriptContent(r: Obj, field: string, problems: RuleProblem[]): Promise<string> {
  if ((r.path === undefined) === (r.content === undefined)) {
    problems.push({ field, message: 'give exactly one of path or content' })
    return ''
  }
  if (typeof r.content === 'string') return Buffer.from(r.content, 'utf8').toString('base64')
  try {
    const bytes = await readBoundedFile(r.path as string, `${field}.path`, INPUT_LIMITS.script)
    return bytes.toString('base64')
  } catch (e) {
    const message = e instanceof Error ? e.message.replace(`${field}.path: `, '') : String(e)
    problems.push({ field: `${field}.path`, message })
    return ''
  }
}

/** `detection:` shorthand -> Graph detection rules. */
export async function detectionRules(items: Obj[]): Promise<RulesResult> {
  const problems: RuleProblem[] = []
  const rules: GraphRule[] = []
  for (const [i, item] of items.entries()) {
    const field = `detection[${i}]`
    if (item.msi) {
      const m = item.msi as Obj
      rules.push(
        productCodeRule(
          m.productCode as string,
          m.productVersion as string | undefined,
          m.operator as string,
        ),
      )
    } else if (item.file) rules.push(fileRule(item.file as Obj, 'detection', `${field}.file`, problems))
    else if (item.registry)
      rules.push(registryRule(item.registry as Obj, 'detection', `${field}.registry`, problems))
    else if (item.script) {
      const s = item.script as Obj
      rules.push({
        '@odata.type': '#microsoft.graph.win32LobAppPowerShellScriptRule',
        ruleType: 'detection',
        displayName: null,
        enforceSignatureCheck: s.enforceSignatureCheck === true,
        runAs32Bit: s.runAs32Bit === true,
        runAsAccount: null,
        scriptContent: await scriptContent(s, `${field}.script`, problems),
        operationType: 'notConfigured',
        operator: 'notConfigured',
        comparisonValue: null,
      })
    }
  }
  return { rules, problems }
}

/** The requirement rules in `requirements:` (registry, file, script); the scalar ones are app properties. */
export async function requirementRules(req: Obj): Promise<RulesResult> {
  const problems: RuleProblem[] = []
  const rules: GraphRule[] = []
  for (const [i, r] of ((req.file as Obj[] | undefined) ?? []).entries())
    rules.push(fileRule(r, 'requirement', `requirements.file[${i}]`, problems))
  for (const [i, r] of ((req.registry as Obj[] | undefined) ?? []).entries())
    rules.push(registryRule(r, 'requirement', `requirements.registry[${i}]`, problems))
  for (const [i, s] of ((req.script as Obj[] | undefined) ?? []).entries()) {
    const field = `requirements.script[${i}]`
    rules.push({
      '@odata.type': '#microsoft.graph.win32LobAppPowerShellScriptRule',
      ruleType: 'requirement',
      displayName: (s.displayName as string | undefined) ?? `requirement-${i + 1}.ps1`,
      enforceSignatureCheck: s.enforceSignatureCheck === true,
      runAs32Bit: s.runAs32Bit === true,
      runAsAccount: (s.runAsAccount as string | undefined) ?? 'system',
      scriptContent: await scriptContent(s, field, problems),
      operationType: s.check as string,
      operator: operator(s.operator),
      comparisonValue: str(s.value),
    })
  }
  return { rules, problems }
}
