/**
 * How a parent's age at a child's birth spreads around its mean, the generation gap. Births are
 * not all at the mean age: a 52-year-old official may have a child of 15 (born when he was 37),
 * which a single birth age would miss.
 *
 * The shape is that of the only primary table of births by parent's age found for China: births
 * by mother's five-year age group in Fuzhou, 2020 census year (Fuzhou census yearbook 2020, table
 * 6-3; 6,998 births). Its spread (standard deviation about 5.3 years, right-skewed) is kept and its
 * mean (30.1 years) replaced by the drawn generation gap, since parents of the cohorts modelled
 * here had children younger than Fuzhou's mothers of 2020 did.
 */
const BAND_START_AGES_YEARS = [15, 20, 25, 30, 35, 40, 45] as const;
const BAND_WIDTH_YEARS = 5;
/** Births in each band (mother aged 15-19, ..., 45-49), Fuzhou 2020. */
const BAND_BIRTHS = [66, 924, 2638, 2316, 833, 182, 39] as const;

const totalBirths = BAND_BIRTHS.reduce((sum, births) => sum + births, 0);
const BAND_SHARES = BAND_BIRTHS.map((births) => births / totalBirths);
/** Mean age of the table, years: each band's births spread evenly over its five years. */
const TABLE_MEAN_AGE_YEARS = BAND_SHARES.reduce(
  (sum, share, i) => sum + share * (BAND_START_AGES_YEARS[i]! + BAND_WIDTH_YEARS / 2),
  0,
);

/** Offset of the first band's start from the mean, years (negative). */
const FIRST_OFFSET_YEARS = BAND_START_AGES_YEARS[0] - TABLE_MEAN_AGE_YEARS;
/** Cumulative share of births below each band's start, one entry more than bands. */
const CUMULATIVE = BAND_SHARES.reduce<number[]>((acc, share) => [...acc, acc.at(-1)! + share], [0]);

/**
 * Share of a parent's births that came at most `offsetYears` after the parent's mean age at birth:
 * the cumulative distribution of (age at birth − mean), piecewise linear, 0 below the youngest age
 * and 1 above the oldest.
 *
 * @param offsetYears years from the mean age at birth, any sign
 * @returns share, 0-1, non-decreasing in `offsetYears`
 */
export function birthsUpToOffset(offsetYears: number): number {
  const position = (offsetYears - FIRST_OFFSET_YEARS) / BAND_WIDTH_YEARS;
  if (position <= 0) return 0;
  const band = Math.floor(position);
  if (band >= BAND_SHARES.length) return 1;
  return CUMULATIVE[band]! + (position - band) * BAND_SHARES[band]!;
}

/**
 * Expected number of a parent's children whose age lies in [loYears, hiYears), before child
 * mortality: children ever born times the share born when the parent was older than
 * `ageYears − hiYears` and at most `ageYears − loYears`.
 *
 * @param ageYears the parent's age now, years
 * @param childrenEverBorn children ever born (or still to be born, at the same ages), persons
 * @param generationGapYears the mean age at birth, years
 * @param loYears youngest age counted, years (0 or more)
 * @param hiYears oldest age counted (exclusive), years, above `loYears`; Infinity for no limit
 */
export function childrenAged(
  ageYears: number,
  childrenEverBorn: number,
  generationGapYears: number,
  loYears: number,
  hiYears: number,
): number {
  const upper = birthsUpToOffset(ageYears - loYears - generationGapYears);
  const lower = hiYears === Infinity ? 0 : birthsUpToOffset(ageYears - hiYears - generationGapYears);
  return childrenEverBorn * (upper - lower);
}
