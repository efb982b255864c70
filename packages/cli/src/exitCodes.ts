/**
 * 0 success; 1 the operation ran and failed (or is not finished); 2 bad input, nothing was sent;
 * 3 not due: a release step's `after` or gate is not met, so nothing was changed (a scheduled promote
 * treats it as "try again later").
 */
export const EXIT = { ok: 0, failed: 1, input: 2, notDue: 3 } as const
