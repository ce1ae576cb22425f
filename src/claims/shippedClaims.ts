import claimsJson from '../../scenarios/claims.json';
import type { ClaimsFile } from './claim';

// Downloaded with the claims, so the first screen carries neither.
export { claimsOnChart } from './claimsOnChart';

/**
 * The claims that ship with the app, as the reach chart reads them: the file itself, not run
 * through the claims schema, so the page and the embed download the claims without the schema's
 * code. That the file passes the schema, and that the chart draws the same claims from it as
 * from the parsed file, is checked by test/claims/shippedClaims.test.ts (the Claims tab, which
 * checks the claims, parses the file itself).
 */
export const SHIPPED_CLAIMS = claimsJson as unknown as ClaimsFile;
