import claimsJson from '../../scenarios/claims.json';
import { parseClaims } from './parseClaims';

// Downloaded with the claims, so the page's first load carries neither.
export { claimsOnChart } from './claimsOnChart';

/**
 * The claims from public debate that ship with the app, read against the claims schema once. A
 * module of its own so the page downloads them only when the Claims tab or the chart asks.
 */
export const PUBLIC_CLAIMS = parseClaims(claimsJson);
