/**
 * Chance that a child born in China in a given year lives to adulthood (age 20), interpolated
 * linearly between anchor years and held flat outside them. Fertility tables count children ever
 * born; siblings, children and nieces who died young are nobody's relatives today.
 *
 * Derived from the United Nations' World Population Prospects 2024 age-specific death rates for
 * China (five-year periods from 1950-55; the UN's `wpp2024` data package), following each birth
 * cohort through the periods in which it was aged 0-19 (standard life-table conversion of rates to
 * probabilities). Each value sits at the middle of its five-year birth period. Births before 1950
 * have no UN estimate; the 1950-54 value is held for them, which if anything overstates their
 * survival (infant mortality was about 200 per 1,000 before 1949). The later values agree with
 * the UN Inter-agency Group for Child Mortality Estimation's under-five series from 1970.
 */
export const CHILD_SURVIVAL_ANCHORS: readonly { birthYear: number; survivalTo20: number }[] = [
  { birthYear: 1952.5, survivalTo20: 0.743 },
  { birthYear: 1957.5, survivalTo20: 0.748 },
  { birthYear: 1962.5, survivalTo20: 0.782 },
  { birthYear: 1967.5, survivalTo20: 0.847 },
  { birthYear: 1972.5, survivalTo20: 0.879 },
  { birthYear: 1977.5, survivalTo20: 0.908 },
  { birthYear: 1982.5, survivalTo20: 0.926 },
  { birthYear: 1987.5, survivalTo20: 0.933 },
  { birthYear: 1992.5, survivalTo20: 0.939 },
  { birthYear: 1997.5, survivalTo20: 0.948 },
  { birthYear: 2002.5, survivalTo20: 0.962 },
  { birthYear: 2007.5, survivalTo20: 0.974 },
  { birthYear: 2012.5, survivalTo20: 0.982 },
];

const FIRST_YEAR = CHILD_SURVIVAL_ANCHORS[0]!.birthYear;
const STEP_YEARS = 5;

/**
 * @param birthYear calendar year of birth (any)
 * @returns probability of reaching age 20, 0-1
 */
export function childSurvivalTo20(birthYear: number): number {
  // The anchors are five years apart, so the bracketing pair is found by division (the Monte Carlo
  // loop calls this for every age of every draw).
  const position = (birthYear - FIRST_YEAR) / STEP_YEARS;
  const last = CHILD_SURVIVAL_ANCHORS.length - 1;
  if (position <= 0) return CHILD_SURVIVAL_ANCHORS[0]!.survivalTo20;
  if (position >= last) return CHILD_SURVIVAL_ANCHORS[last]!.survivalTo20;
  const i = Math.floor(position);
  const t = position - i;
  return CHILD_SURVIVAL_ANCHORS[i]!.survivalTo20 * (1 - t) + CHILD_SURVIVAL_ANCHORS[i + 1]!.survivalTo20 * t;
}
