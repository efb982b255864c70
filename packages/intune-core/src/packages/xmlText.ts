/** Escapes text for XML content or a double-quoted attribute, and turns non-ASCII into character references
 * so the document can be sent as ASCII (the manifests are base64 of ASCII). */
export function xmlAttr(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[^\x20-\x7e\t\n\r]/gu, ch => `&#${ch.codePointAt(0)};`)
}

export const xmlText = xmlAttr
