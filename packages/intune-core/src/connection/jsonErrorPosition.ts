/**
 * Finds where a JSON text stops being valid. V8's own JSON.parse message quotes the surrounding text,
 * which for a connection JSON is the client secret, so we locate the error ourselves and never echo input.
 */

/** A connection is a flat object; nesting past this is refused, not recursed into (no stack overflow). */
export const MAX_JSON_DEPTH = 32

/** Returns the 0-based offset of the first syntax error, or -1 when the text is valid JSON. */
export function jsonErrorPosition(text: string): number {
  let i = 0
  let depth = 0
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++
  }
  const fail = (): never => {
    throw new JsonStop(i)
  }
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length
    else fail()
  }
  const string = (): void => {
    i++ // opening quote
    while (i < text.length) {
      const c = text[i]
      if (c === '"') {
        i++
        return
      }
      if (c < ' ') fail()
      if (c === '\\') {
        const e = text[i + 1]
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail()
          i += 6
          continue
        }
        if (!e || !'"\\/bfnrt'.includes(e)) fail()
        i += 2
        continue
      }
      i++
    }
    fail()
  }
  const number = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i))
    if (!m || m[0] === '-') fail()
    i += (m as RegExpExecArray)[0].length
  }
  const nested = (inner: () => void): void => {
    if (++depth > MAX_JSON_DEPTH) fail()
    inner()
    depth--
  }
  const value = (): void => {
    ws()
    const c = text[i]
    if (c === '{') return nested(object)
    if (c === '[') return nested(array)
    if (c === '"') return string()
    if (c === 't') return literal('true')
    if (c === 'f') return literal('false')
    if (c === 'n') return literal('null')
    if (c === '-' || (c >= '0' && c <= '9')) return number()
    fail()
  }
  const object = (): void => {
    i++
    ws()
    if (text[i] === '}') {
      i++
      return
    }
    for (;;) {
      ws()
      if (text[i] !== '"') fail()
      string()
      ws()
      if (text[i] !== ':') fail()
      i++
      value()
      ws()
      if (text[i] === ',') {
        i++
        continue
      }
      if (text[i] === '}') {
        i++
        return
      }
      fail()
    }
  }
  const array = (): void => {
    i++
    ws()
    if (text[i] === ']') {
      i++
      return
    }
    for (;;) {
      value()
      ws()
      if (text[i] === ',') {
        i++
        continue
      }
      if (text[i] === ']') {
        i++
        return
      }
      fail()
    }
  }
  try {
    value()
    ws()
    return i < text.length ? i : -1
  } catch (e) {
    if (e instanceof JsonStop) return e.at
    throw e
  }
}

class JsonStop {
  constructor(readonly at: number) {}
}

/** `line 3, column 14` for an offset. */
export function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `line ${line}, column ${column}`
}
