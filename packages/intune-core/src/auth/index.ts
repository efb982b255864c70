export {
  createTokenProvider,
  type AccessToken,
  type TokenProvider,
  type TokenProviderOptions,
} from './createTokenProvider'
export { decodeClaims, type TokenClaims } from './claims'
export { signInError, aadstsCode, AADSTS, type SignInContext } from './aadsts'
export { msalNetworkClient } from './msalNetworkClient'
