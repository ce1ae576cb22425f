import { ADULT_SHARE, chinaPopulationFigure, figureById } from './catalogue';
import { DESIGNATION_ROUNDS, DESIGNATIONS_AS_OF } from './designations';
import { shown } from './shownText';

/** A sourced population drawn as a vertical line on the reach chart. */
export interface ReferenceLine {
  /** Stable id, used in links to say which lines are shown. */
  id: string;
  /** Short label drawn by the line, e.g. "Germany". */
  label: string;
  /** Persons. */
  value: number;
  /** `YYYY` or `YYYY-MM-DD` the figure refers to. */
  asOf: string;
  /** Shown until the reader turns it off. */
  shownByDefault: boolean;
}

/** Catalogue figures offered as reference lines, besides China and its adults. */
const FIGURE_LINES: readonly { figureId: string; label: string; shownByDefault: boolean }[] = [
  { figureId: 'us-population-2024', label: 'United States', shownByDefault: true },
  { figureId: 'germany-population-2024', label: 'Germany', shownByDefault: false },
  { figureId: 'xinjiang-population-2020', label: 'Xinjiang', shownByDefault: false },
  { figureId: 'uyghurs-in-xinjiang-2020', label: 'Uyghurs in Xinjiang', shownByDefault: false },
  { figureId: 'hong-kong-population-2024', label: 'Hong Kong', shownByDefault: true },
  { figureId: 'chinese-visitors-to-us-2019', label: 'Chinese visits to the US a year (2019)', shownByDefault: false },
  { figureId: 'taiwan-population-2024', label: 'Taiwan', shownByDefault: false },
  { figureId: 'chinese-students-in-us-2019', label: 'Chinese students in the US (2019/20)', shownByDefault: false },
  { figureId: 'chinese-students-in-us-2024', label: 'Chinese students in the US (2024/25)', shownByDefault: false },
];

/**
 * People actually named in the US sanctions rounds in the catalogue (human-rights and Hong Kong
 * programmes aimed at PRC officials), each counted once however often named: the scale of what
 * has been done, beside the hypothetical scopes.
 */
export function peopleDesignated(): { people: number; lastRound: string } {
  const names = new Set<string>();
  for (const round of DESIGNATION_ROUNDS) {
    for (const designee of round.designees) if (designee.kind === 'person') names.add(designee.name.toLowerCase());
  }
  return { people: names.size, lastRound: DESIGNATION_ROUNDS.at(-1)!.date };
}

/**
 * The reference lines for a chart whose scopes are set in `year`: China's population and adults
 * in that year, then other sourced populations; labelled in the page's edition.
 */
export function referenceLines(year: number): ReferenceLine[] {
  const lines: ReferenceLine[] = [];
  const china = chinaPopulationFigure(year);
  if (china) {
    lines.push({
      id: 'china',
      label: shown('lines', `china-${year}`, `China (${year})`),
      value: china.value,
      asOf: china.asOf,
      shownByDefault: true,
    });
    lines.push({
      id: 'china-adults',
      label: shown('lines', `china-adults-${year}`, `China's adults (${year})`),
      value: china.value * ADULT_SHARE,
      asOf: china.asOf,
      // Four anchors by default, a decade or more apart, so their labels need not crowd.
      shownByDefault: false,
    });
  }
  const designated = peopleDesignated();
  lines.push({
    id: 'people-designated',
    label: shown(
      'lines',
      `people-designated-${DESIGNATIONS_AS_OF.slice(0, 4)}`,
      `People the US has named (as of ${DESIGNATIONS_AS_OF.slice(0, 4)})`,
    ),
    value: designated.people,
    asOf: designated.lastRound,
    shownByDefault: true,
  });
  for (const { figureId, label, shownByDefault } of FIGURE_LINES) {
    const figure = figureById(figureId);
    if (figure)
      lines.push({
        id: figureId,
        label: shown('lines', figureId, label),
        value: figure.value,
        asOf: figure.asOf,
        shownByDefault,
      });
  }
  return lines;
}

/** Ids of the lines shown until the reader changes them (the same for every year). */
export const DEFAULT_REFERENCE_IDS: readonly string[] = referenceLines(2024)
  .filter((line) => line.shownByDefault)
  .map((line) => line.id);
