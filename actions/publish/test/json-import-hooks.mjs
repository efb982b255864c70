// @actions/workflow-parser imports its JSON schema without an import attribute (it is made for
// bundlers); Node needs `type: 'json'`. This loader hook adds it, and changes nothing else.
export async function load(url, context, next) {
  if (url.endsWith('.json')) return next(url, { ...context, importAttributes: { type: 'json' } })
  return next(url, context)
}
