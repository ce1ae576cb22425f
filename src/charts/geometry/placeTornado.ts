import { extent } from 'd3-array';
import { scaleLinear, scaleLog } from 'd3-scale';
import type { TornadoBar } from '../../model/sensitivity';
import { formatInputRange, formatInputValue } from '../../format/formatInputValue';
import {
  digitsToTellApart,
  formatPeopleAbbreviated,
  formatPeopleTicks,
  formatPeopleTo,
} from '../../format/formatPeople';
import { CHART } from '../../i18n/en/chart';
import { DRIVERS } from '../../i18n/en/drivers';
import { currentLocale, wordsFor } from '../../i18n/wordsFor';
import { estimateTextWidth } from './estimateTextWidth';
import { makeRowLayout, SIDE_PAD_PX } from './makeRowLayout';
import { placeRowChart, type KeyItem, type PlacedRowChart, type RowBar, type RowSpec } from './placeRowChart';
import { peopleScaleKind } from './peopleScaleKind';
import { LABEL_GAP_PX } from './stackRows';
import { BASELINE_PX, LINE_PX, placeCentred, placeText } from './textMark';
import { wrapText } from './wrapText';

const TOP_PAD_PX = 6;
const FONT_SIZE_PX = 12;

/** Whether a bar moves the reach by at least half a person, so by a whole count when rounded: else it gets no row. */
function hasSwing(bar: TornadoBar): boolean {
  return bar.swing >= 0.5;
}

/**
 * Lays out a tornado chart: one row per uncertain input that moves the reach, largest swing first,
 * each a bar from the reach with that input at its low value (hatched segment) to the reach with
 * it at its high value (solid segment), both drawn from the base reach (every input at its mode),
 * which is a labelled vertical line through every row.
 *
 * **Scale.** Linear, over the reaches drawn (not from zero: a bar's length is a difference from the
 * base, not an amount), unless the reaches span more than two orders of magnitude (a conduct share
 * from 1% to 100%, say), when a linear scale would squash the small end into a few pixels: then
 * log (`peopleScaleKind`, the reach chart's rule).
 *
 * **Labels.** Names (bold) with the input's low–high values under them (muted) are placed as the
 * reach chart's are (`placeRowChart`). Each bar end gets the reach there, outside the
 * bar: the plot keeps a margin on each side as wide as the widest end label, so a label never
 * leaves the chart, and every row has its own band, so labels of different rows never meet.
 * Reaches are written in words ("204.9 million") or, when words would leave the bars under half the
 * plot, with a letter ("204.9M"), with as many figures as it takes for the two ends to read
 * differently. When both ends fall on one side of the base (an input whose effect is not
 * monotonic), that side's label gives both, low-input first.
 *
 * Inputs that move the reach by less than half a person (`hasSwing`; the demographic inputs of a
 * scope that covers no relatives do not move it at all) get no row: a note under the axis names them.
 *
 * @param bars from `tornado`, any order (drawn largest swing first)
 * @param widthPx the chart's width, px; widths below `MIN_CHART_WIDTH_PX` lay out at that minimum
 */
export function placeTornado(bars: readonly TornadoBar[], widthPx: number): PlacedRowChart {
  const [w, locale] = [wordsFor('drivers', DRIVERS).tornado, currentLocale()];
  const layout = makeRowLayout(widthPx);
  const { plotWidthPx } = layout;
  // The chart's text edges in plot x: 12 px inside the SVG's.
  const edges = [SIDE_PAD_PX - layout.plotLeftPx, plotWidthPx] as const;
  const placeNote = (text: string, topPx: number) =>
    placeText(wrapText(text, edges[1] - edges[0], FONT_SIZE_PX), edges[0], topPx + BASELINE_PX, FONT_SIZE_PX);

  const moving = bars.filter(hasSwing).sort((a, b) => b.swing - a.swing);
  const still = bars.filter((bar) => !hasSwing(bar));
  const baseReach = bars[0]?.baseReach;
  const description = describeTornado(bars);
  if (moving.length === 0 || baseReach === undefined) {
    // No rows: the note is the description, which then says only why nothing is drawn.
    const note = placeNote(description, TOP_PAD_PX);
    return {
      ...{ layout, widthPx: layout.widthPx, heightPx: note.box.bottomPx + 8, rows: [], references: [], lineRuns: [] },
      ...{ axis: undefined, key: [], note, description },
    };
  }

  // The scale's domain: every reach drawn, and the base.
  const reaches = moving.flatMap((bar) => [bar.reachAtLow, bar.reachAtHigh]).concat(baseReach);
  const [lowest, highest] = extent(reaches) as [number, number];
  const scaleKind = peopleScaleKind(lowest, highest);

  // End labels in words if that leaves the bars at least half the plot, else with letters.
  const labelsIn = (style: 'words' | 'letters') => {
    const texts = moving.map((bar) => {
      const values = [bar.reachAtLow, bar.reachAtHigh];
      const digits = digitsToTellApart(values, style, locale);
      // "196 million", or "197.5 million / 196 million" when both ends fall on one side of the base.
      const side = (onSide: (value: number) => boolean) =>
        values
          .filter(onSide)
          .map((value) => formatPeopleTo(value, digits, style, locale))
          .join(' / ') || undefined;
      return { digits, left: side((value) => value < bar.baseReach), right: side((value) => value > bar.baseReach) };
    });
    const margin = (side: 'left' | 'right') =>
      Math.max(0, ...texts.map((text) => estimateTextWidth(text[side] ?? '', FONT_SIZE_PX))) + LABEL_GAP_PX;
    return { texts, leftMarginPx: margin('left'), rightMarginPx: margin('right') };
  };
  let labels = labelsIn('words');
  if (plotWidthPx - labels.leftMarginPx - labels.rightMarginPx < plotWidthPx / 2) labels = labelsIn('letters');
  const range = [labels.leftMarginPx, Math.max(labels.leftMarginPx + 1, plotWidthPx - labels.rightMarginPx)];
  const scale = (scaleKind === 'log' ? scaleLog() : scaleLinear()).domain([lowest, highest]).range(range);

  // The base label sits on a line of its own above the rows, as precise as the most precise end
  // label, so the base reads on the same footing as the bars.
  const baseXPx = scale(baseReach);
  const baseDigits = Math.max(...labels.texts.map((text) => text.digits));
  const baseTexts = w.baseLabel(
    formatPeopleTo(baseReach, baseDigits, 'words', locale),
    formatPeopleTo(baseReach, baseDigits, 'letters', locale),
  );
  const baseLabel = placeCentred(baseTexts, baseXPx, TOP_PAD_PX + BASELINE_PX, FONT_SIZE_PX, edges);
  const rowsTopPx = TOP_PAD_PX + LINE_PX + 8;

  // Ticks about 70 px apart; on a log scale spanning many decades, only the powers of ten.
  let tickValues = scale
    .ticks(Math.max(2, Math.floor((range[1]! - range[0]!) / 70)))
    .filter((value) => value >= lowest && value <= highest);
  if (scaleKind === 'log') {
    const keep = Math.log10(highest / lowest) > 4 ? [1] : [1, 2, 5];
    tickValues = tickValues.filter((value) =>
      keep.includes(Number((value / 10 ** Math.floor(Math.log10(value) + 1e-9)).toPrecision(3))),
    );
  }
  const axis = {
    scale,
    values: tickValues,
    labels:
      scaleKind === 'log'
        ? tickValues.map((value) => formatPeopleAbbreviated(value, locale))
        : formatPeopleTicks(tickValues, locale),
    titles: [w.axis(scaleKind === 'log')],
  };
  const specs = moving.map((bar, i): RowSpec => {
    // Base → reach with the input at its low value (hatched), and at its high value (solid).
    const parts = (['low', 'high'] as const).map((kind): RowBar => {
      const xPx = scale(kind === 'low' ? bar.reachAtLow : bar.reachAtHigh);
      return { kind, x0Px: Math.min(xPx, baseXPx), x1Px: Math.max(xPx, baseXPx) };
    });
    return {
      ...{ id: bar.key, name: bar.label, detail: formatInputRange(bar), medianXPx: baseXPx },
      bars: parts.filter((part) => part.x1Px > part.x0Px).sort((a, b) => b.x1Px - b.x0Px - (a.x1Px - a.x0Px)),
      ...{ leftLabelText: labels.texts[i]!.left, labelText: labels.texts[i]!.right, summary: summarize(bar) },
    };
  });
  const key: KeyItem[] = [
    { mark: 'low', text: w.low },
    { mark: 'high', text: w.high },
    { mark: 'base', text: w.base },
  ];
  const chart = placeRowChart(layout, specs, axis, [], { description, key, rowsTopPx });
  const note =
    still.length === 0
      ? undefined
      : placeNote(
          w.noEffect(still.map((bar) => bar.label).join(wordsFor('chart', CHART).list)),
          chart.axis.bottomPx + 8,
        );
  return {
    ...chart,
    heightPx: (note ?? chart.axis.title).box.bottomPx + 8,
    base: { xPx: baseXPx, label: baseLabel },
    // The base line (and the gridlines) run from under its label to the axis or, when names sit
    // above the bars, across each bar line only, so no line cuts a name.
    lineRuns: layout.stacked
      ? chart.rows.map((row, i) => ({
          y1Px: row.barTopPx - 3,
          // The last run reaches down to the axis.
          y2Px: i === chart.rows.length - 1 ? chart.axis.yPx : row.barTopPx + layout.barHeightPx + 3,
        }))
      : [{ y1Px: rowsTopPx - 6, y2Px: chart.axis.yPx }],
    note,
  };
}

/** "202.6 million at 85%": the reach with the bar's input at a value, in words to `digits` figures. */
function reachAt(bar: TornadoBar, digits: number): (people: number, value: number) => string {
  const locale = currentLocale();
  return (people, value) =>
    wordsFor('drivers', DRIVERS).tornado.reachAt(
      formatPeopleTo(people, digits, 'words', locale),
      formatInputValue(value, bar.unit),
    );
}

/** "Married share, members aged 31-60: 202.6 million at 85%, 206.7 million at 94% (204.9 million at 90%)". */
function summarize(bar: TornadoBar): string {
  const values = [bar.reachAtLow, bar.reachAtHigh, bar.baseReach];
  const at = reachAt(bar, digitsToTellApart(values, 'words', currentLocale()));
  const ends = [at(bar.reachAtLow, bar.lowValue), at(bar.reachAtHigh, bar.highValue)] as const;
  return wordsFor('drivers', DRIVERS).tornado.summary(bar.label, ...ends, at(bar.baseReach, bar.modeValue));
}

/**
 * The tornado in plain English, for its `<desc>`: the base reach, then how far the three inputs
 * with the largest swing move it, then how many more move it and which do not.
 *
 * @param bars from `tornado`
 * @example describeTornado(bars)
 * // => "With every input at its most likely value the scope reaches 204.9 million people. Family
 * //    clustering of membership (odds ratio) moves it the most: from 196 million at 4 to …"
 */
export function describeTornado(bars: readonly TornadoBar[]): string {
  const [w, locale] = [wordsFor('drivers', DRIVERS).tornado, currentLocale()];
  const base = bars[0]?.baseReach;
  if (base === undefined) return w.exact;
  const moving = bars.filter(hasSwing).sort((a, b) => b.swing - a.swing);
  const still = bars.length - moving.length;
  const baseWords = formatPeopleTo(base, 3, 'words', locale);
  if (moving.length === 0)
    return bars.length === 1 ? w.onlyStill(bars[0]!.label, baseWords) : w.noneMove(bars.length, baseWords);
  const sentences = [w.baseSentence(baseWords)];
  const phrase = (bar: TornadoBar) => {
    const at = reachAt(bar, digitsToTellApart([bar.reachAtLow, bar.reachAtHigh], 'words', locale));
    const ends = [at(bar.reachAtLow, bar.lowValue), at(bar.reachAtHigh, bar.highValue)];
    // Smaller reach first.
    const [from, to] = bar.reachAtLow <= bar.reachAtHigh ? ends : ends.reverse();
    return w.fromTo(bar.label, from!, to!);
  };
  const [first, ...others] = moving.slice(0, 3);
  sentences.push(w.largest(phrase(first!)));
  if (others.length > 0) sentences.push(w.next(others.map(phrase).join(wordsFor('chart', CHART).list)));
  if (moving.length > 3) sentences.push(w.more(moving.length - 3));
  if (still > 0) sentences.push(w.still(still));
  return sentences.join(wordsFor('chart', CHART).sentences);
}
