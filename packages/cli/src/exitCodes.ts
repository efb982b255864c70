/** 0 success; 1 the operation ran and failed (or is not finished); 2 bad input, nothing was sent. */
export const EXIT = { ok: 0, failed: 1, input: 2 } as const
