/**
 * Workload identity federation for the Action: every time MSAL needs a client assertion, ask GitHub for
 * a fresh ID token (they live about five minutes, a long upload outlives one).
 */

export type GetIDToken = (audience: string) => Promise<string>

export function oidcAssertion(
  getIDToken: GetIDToken,
  audience: string,
  mask: (s: string) => void,
): () => Promise<string> {
  return async () => {
    let token: string
    try {
      token = await getIDToken(audience)
    } catch (e) {
      const why = e instanceof Error ? e.message.replace(/\s+/g, ' ').trim() : String(e)
      throw new Error(
        `use-oidc: could not get a GitHub OIDC token (${why}); check that the job has \`permissions: id-token: write\``,
      )
    }
    mask(token)
    return token
  }
}
