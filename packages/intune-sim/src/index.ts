/** The local Intune simulator's programmatic API. */
export * from './state'
export * from './graph/router'
