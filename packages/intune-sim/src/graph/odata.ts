/**
 * The OData query options the simulated list endpoints understand: $filter (eq/ne/gt/ge/lt/le,
 * and/or/not, parentheses, isof, startswith/endswith/contains), $select, $top and $orderby.
 * String comparisons are case-insensitive, as Graph's are for these resources.
 */
import { GraphHttpError } from './router'

type Item = Record<string, unknown>
type Pred = (item: Item) => boolean
export type IsOf = (item: Item, typeName: string) => boolean

const badFilter = (detail: string) =>
  new GraphHttpError(400, 'BadRequest', `Invalid filter clause: ${detail}`)

type Tok = { kind: 'str' | 'num' | 'id' | 'punct'; text: string; value?: unknown }

function tokenize(src: string): Tok[] {
  const toks: Tok[] = []
  let i = 0
  while (i < src.length) {
    const c = src[i]
    if (/\s/.test(c)) i++
    else if (c === "'") {
      let s = ''
      i++
      for (;;) {
        if (i >= src.length) throw badFilter('unterminated string literal')
        if (src[i] === "'" && src[i + 1] === "'") {
          s += "'"
          i += 2
        } else if (src[i] === "'") break
        else s += src[i++]
      }
      i++
      toks.push({ kind: 'str', text: s, value: s })
    } else if ('(),/'.includes(c)) toks.push({ kind: 'punct', text: src[i++] })
    else {
      const m = /^(-?\d+(\.\d+)?(?![\w-])|[A-Za-z_@][\w.@-]*)/.exec(src.slice(i))
      if (!m) throw badFilter(`unexpected character '${c}'`)
      i += m[0].length
      const isNum = /^-?\d/.test(m[0])
      toks.push({ kind: isNum ? 'num' : 'id', text: m[0], value: isNum ? Number(m[0]) : undefined })
    }
  }
  return toks
}

export function parseFilter(src: string, isOf: IsOf): Pred {
  const toks = tokenize(src)
  let pos = 0
  const peek = () => toks[pos]
  const isWord = (w: string) => peek()?.kind === 'id' && peek().text.toLowerCase() === w
  const expect = (text: string) => {
    if (peek()?.text !== text) throw badFilter(`expected '${text}' at token ${pos + 1}`)
    pos++
  }
  const literal = (): unknown => {
    const t = toks[pos++]
    if (!t) throw badFilter('expected a literal')
    if (t.kind === 'str' || t.kind === 'num') return t.value
    const w = t.text.toLowerCase()
    if (w === 'true' || w === 'false') return w === 'true'
    if (w === 'null') return null
    if (/^[0-9a-f-]{36}$/i.test(t.text)) return t.text
    throw badFilter(`unsupported literal '${t.text}'`)
  }
  const path = (): string[] => {
    const t = toks[pos++]
    if (t?.kind !== 'id') throw badFilter('expected a property name')
    const parts = [t.text]
    while (peek()?.text === '/') {
      pos++
      parts.push(String(toks[pos++]?.text))
    }
    return parts
  }
  const primary = (): Pred => {
    if (peek()?.text === '(') {
      pos++
      const p = orExpr()
      expect(')')
      return p
    }
    if (isWord('not')) {
      pos++
      const p = primary()
      return item => !p(item)
    }
    const name = peek()?.text.toLowerCase()
    if (
      toks[pos + 1]?.text === '(' &&
      name &&
      ['isof', 'startswith', 'endswith', 'contains'].includes(name)
    ) {
      pos += 2
      if (name === 'isof') {
        const type = String(literal())
        expect(')')
        return item => isOf(item, type)
      }
      const p = path()
      expect(',')
      const arg = String(literal()).toLowerCase()
      expect(')')
      return item => {
        const v = get(item, p)
        if (typeof v !== 'string') return false
        const s = v.toLowerCase()
        return name === 'startswith'
          ? s.startsWith(arg)
          : name === 'endswith'
            ? s.endsWith(arg)
            : s.includes(arg)
      }
    }
    const p = path()
    const op = toks[pos++]?.text.toLowerCase()
    if (!op || !['eq', 'ne', 'gt', 'ge', 'lt', 'le'].includes(op))
      throw badFilter(`unsupported operator '${op ?? ''}'`)
    const want = literal()
    return item => compare(get(item, p), op, want)
  }
  const andExpr = (): Pred => {
    let left = primary()
    while (isWord('and')) {
      pos++
      const l = left
      const r = primary()
      left = item => l(item) && r(item)
    }
    return left
  }
  const orExpr = (): Pred => {
    let left = andExpr()
    while (isWord('or')) {
      pos++
      const l = left
      const r = andExpr()
      left = item => l(item) || r(item)
    }
    return left
  }
  const pred = orExpr()
  if (pos !== toks.length) throw badFilter(`unexpected '${toks[pos].text}'`)
  return pred
}

function get(item: Item, p: string[]): unknown {
  let v: unknown = item
  for (const k of p) v = v && typeof v === 'object' ? (v as Item)[k] : undefined
  return v
}

function compare(a: unknown, op: string, b: unknown): boolean {
  const norm = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v)
  const x = norm(a)
  const y = norm(b)
  if (op === 'eq') return x === y || (x === undefined && y === null)
  if (op === 'ne') return !(x === y || (x === undefined && y === null))
  if (x === null || x === undefined || y === null) return false
  const [l, r] = [x as string | number, y as string | number]
  return op === 'gt' ? l > r : op === 'ge' ? l >= r : op === 'lt' ? l < r : l <= r
}

/** Applies $filter, $orderby, $top and $select to a list and returns Graph's collection body. */
export function listResponse(
  items: Item[],
  query: URLSearchParams,
  opts: { context: string; isOf?: IsOf },
): Item {
  let out = items
  const filter = query.get('$filter')
  if (filter) {
    const pred = parseFilter(filter, opts.isOf ?? (() => false))
    out = out.filter(pred)
  }
  const orderby = query.get('$orderby')
  if (orderby) {
    const [prop, dir] = orderby.trim().split(/\s+/)
    const sign = dir?.toLowerCase() === 'desc' ? -1 : 1
    out = [...out].sort((a, b) => {
      const [x, y] = [a[prop], b[prop]] as [string | number, string | number]
      return x === y ? 0 : x > y ? sign : -sign
    })
  }
  const top = query.get('$top')
  if (top !== null) {
    const n = Number(top)
    if (!Number.isInteger(n) || n < 0)
      throw new GraphHttpError(400, 'BadRequest', `Invalid value '${top}' for $top query option.`)
    out = out.slice(0, n)
  }
  return { '@odata.context': opts.context, value: out.map(item => select(item, query.get('$select'))) }
}

export function select(item: Item, sel: string | null): Item {
  if (!sel) return item
  const keep = new Set(sel.split(',').map(s => s.trim()))
  return Object.fromEntries(Object.entries(item).filter(([k]) => k === '@odata.type' || keep.has(k)))
}
