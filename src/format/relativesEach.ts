import { formatNumber } from './formatNumber';

/**
 * Covered relatives per member, an estimate's median, as the table, the scope sentences and the
 * CSV all give it: three significant figures, trailing zeros dropped ("8.79", "19", "0.8"). The
 * same digits in Chinese.
 *
 * @param relativesPerMember persons per member, 0 or more
 * @example relativesEach(8.7912) // => "8.79"
 * @example relativesEach(19.04) // => "19"
 */
export function relativesEach(relativesPerMember: number): string {
  return formatNumber(relativesPerMember, { significant: 3, trim: true });
}
