import { figureById } from '../data/catalogue';
import type { Figure } from '../data/figure';

/** A country whose place in the world's population ranking is known. */
export interface RankedCountry {
  /** 1 for the most populous country. */
  rank: number;
  /** Its population figure in the catalogue, persons. */
  figure: Figure;
}

/**
 * What is known of the ranking of countries by population: a few countries with their rank, not
 * the whole table. Enough to count the countries larger than a group exactly when the group falls
 * between two ranked neighbours, and to bound the count otherwise.
 */
export interface CountryRanking {
  /** Year of the populations. */
  asOf: string;
  /** Countries in the world, the count every rank is out of. */
  countries: number;
  /** Ranked countries, most populous first. */
  ranked: readonly RankedCountry[];
  /** Where the ranks come from. */
  note: string;
}

function catalogueFigure(id: string): Figure {
  const figure = figureById(id);
  // A programming error (a renamed figure), caught by the tests on import.
  if (!figure) throw new Error(`figure ${id} is not in the catalogue`);
  return figure;
}

/**
 * The 2024 World Bank ranking around 92-100 million people, where Party membership sits. Sixteen
 * countries had more than 92 million people, the smallest of them Viet Nam; Iran came 17th, just
 * under 92 million (the compiled figures, section E, counted from the World Bank table without
 * aggregates). The world's 195 countries are the 193 UN member states and the two observer states.
 */
export const COUNTRY_RANKING: CountryRanking = {
  asOf: '2024',
  countries: 195,
  ranked: [
    { rank: 16, figure: catalogueFigure('vietnam-population-2024') },
    { rank: 17, figure: catalogueFigure('iran-population-2024') },
  ],
  note: 'World Bank 2024 populations: 16 countries above 92 million (Viet Nam, 101.0 million, the smallest); Iran 17th with 91.6 million. Out of 195 countries (193 UN members and 2 observer states).',
};
