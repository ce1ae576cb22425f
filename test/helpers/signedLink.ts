import { linkChecksum } from '../../src/link/linkChecksum';
import { parsePairs } from '../../src/link/linkText';

/** A hand-written link query made whole: the figures version and check code a real link ends with. */
export function signed(query: string): string {
  const { pairs } = parsePairs(query);
  if (!pairs.some(([key]) => key === 'cv')) pairs.push(['cv', '20261126']);
  return `${query}${query.includes('cv=') ? '' : '&cv=20261126'}&k=${linkChecksum(pairs)}`;
}
