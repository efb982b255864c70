import { jsonErrorPosition, lineAndColumn } from './jsonErrorPosition'

describe('jsonErrorPosition', () => {
  it.each([
    ['{"a": 1, "b": [true, false, null, -1.5e3, "x\\u00e9"]}', -1],
    ['{"a": }', 6],
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['{"a": "x', 8],
    ['{"a": 1} x', 9],
    ["{'a': 1}", 1],
    ['', 0],
  ])('%s → %d', (text, pos) => {
    expect(jsonErrorPosition(text)).toBe(pos)
    if (pos >= 0) expect(() => JSON.parse(text)).toThrow()
    else expect(() => JSON.parse(text)).not.toThrow()
  })

  it('formats line and column', () => {
    expect(lineAndColumn('{\n  "a": }', 9)).toBe('line 2, column 8')
  })
})
