import { scaleLinear, scaleLog } from 'd3-scale';
import type { TornadoBar } from '../../model/sensitivity';
import { formatInputRange, formatInputValue } from '../../format/formatInputValue';
import {
  digitsToTellApart,
  formatPeopleAbbreviated,
  formatPeopleTicks,
  formatPeopleTo,
} from '../../format/formatPeople';
import { estimateTextWidth } from './estimateTextWidth';
import { MIN_CHART_WIDTH_PX, STACK_BELOW_PX } from './makeRowLayout';
import { centredLabel, type PlacedLabel } from './placeHistogram';
import { peopleScaleKind } from './peopleScaleKind';
import type { Box } from './stackRows';
import type { TextMark } from './textMark';
import { wrapText } from './wrapText';

/** A bar segment from the base value to one end, in SVG x, px (`x0Px <= x1Px`). */
export interface TornadoSegment {
  x0Px: number;
  x1Px: number;
}

/** One input's row of the tornado, in SVG coordinates (px). */
export interface PlacedTornadoRow {
  key: TornadoBar['key'];
  /** The input's full name, for a `<title>` when the name is cut. */
  label: string;
  /** The name, wrapped; bold. */
  nameLines: string[];
  nameTruncated: boolean;
  /** The input's low and high values, e.g. "85%–94%", wrapped; under the name, muted. */
  valueLines: string[];
  /** SVG x where the name and values start, and y of the name's first baseline, px. */
  nameXPx: number;
  nameYPx: number;
  /** SVG y of the values' first baseline, px. */
  valuesYPx: number;
  /** Where the name and values are estimated to be. */
  nameBox: Box;
  /** The name and the values as `HaloText` draws them. */
  nameMark: TextMark;
  valuesMark: TextMark;
  topPx: number;
  bottomPx: number;
  /** SVG y of the top and the middle of the bar, px. */
  barTopPx: number;
  barMiddlePx: number;
  /** Base → reach with the input at its low value (hatched), and at its high value (solid). */
  low: TornadoSegment;
  high: TornadoSegment;
  /** The segments to draw, longer first (so a shorter one on the same side shows on top); none of zero length. */
  segments: (TornadoSegment & { kind: 'low' | 'high' })[];
  /** Reach at the left and right end of the row, each outside its end; absent on a side without a bar. */
  leftLabel: PlacedLabel | undefined;
  rightLabel: PlacedLabel | undefined;
  /** The row in words, for its `<title>`. */
  summary: string;
}

/** Everything the tornado chart draws, in SVG coordinates (px). */
export interface PlacedTornado {
  widthPx: number;
  heightPx: number;
  /** Names on their own lines above the bars (narrow charts), else in a column left of them. */
  stacked: boolean;
  /** 'log' when the reaches span more than two orders of magnitude, else 'linear'. */
  scaleKind: 'linear' | 'log';
  /** SVG x of the plot's left and right edge, px: every bar, label and tick is inside. */
  plotLeftPx: number;
  plotRightPx: number;
  nameFontSizePx: number;
  valueFontSizePx: number;
  lineHeightPx: number;
  barHeightPx: number;
  /** Rows with a swing, largest first. */
  rows: PlacedTornadoRow[];
  /** The base reach (every input at its mode): a line through the rows, labelled above them. */
  base: { xPx: number; label: PlacedLabel } | undefined;
  /**
   * Where the base line and the gridlines run, SVG y, px: from under the base label to the axis,
   * or, when names sit above the bars (stacked), across each bar line only, so no line cuts a name.
   */
  lineRuns: { y1Px: number; y2Px: number }[];
  /** The axis under the rows; absent when no input has a swing. */
  axis:
    | {
        yPx: number;
        /** Ticks that keep their label (labels never touch); each has a gridline through the rows. */
        ticks: { people: number; xPx: number; label: PlacedLabel }[];
        title: PlacedLabel;
      }
    | undefined;
  /** SVG y of the first row's top, px: gridlines run from here to the axis. */
  rowsTopPx: number;
  /** The inputs that do not move this scope's reach, in words, one line each. */
  note: PlacedLabel[];
}

const SIDE_PAD_PX = 12;
const NAME_GAP_PX = 14;
const TOP_PAD_PX = 6;
const LINE_PX = 16;
const BASELINE_PX = 12;
const BAR_PX = 14;
const ROW_GAP_PX = 10;
const LABEL_GAP_PX = 6;
const TICK_GAP_PX = 8;
const NAME_FONT_SIZE_PX = 13;
const VALUE_FONT_SIZE_PX = 12;
const END_FONT_SIZE_PX = 12;
const TICK_FONT_SIZE_PX = 11;
const NOTE_FONT_SIZE_PX = 12;
/** A swing under this many people changes no whole count: the input gets no row. */
const NO_SWING_PEOPLE = 0.5;

/** Whether a bar moves the reach by at least half a person, so by a whole count when rounded. */
export function hasSwing(bar: TornadoBar): boolean {
  return bar.swing >= NO_SWING_PEOPLE;
}

function lineBox(leftPx: number, widthPx: number, topPx: number, lines: number): Box {
  return { leftPx, rightPx: leftPx + widthPx, topPx, bottomPx: topPx + lines * LINE_PX };
}

function widest(lines: readonly string[], fontSizePx: number): number {
  return Math.max(0, ...lines.map((line) => estimateTextWidth(line, fontSizePx)));
}

/** One row's end labels before they are placed: which values sit left and right of the base. */
interface RowEnds {
  /** Reach values left (below) and right (above) of the base, low-input first. */
  leftValues: number[];
  rightValues: number[];
}

function endsOf(bar: TornadoBar): RowEnds {
  const values = [bar.reachAtLow, bar.reachAtHigh];
  return {
    leftValues: values.filter((value) => value < bar.baseReach),
    rightValues: values.filter((value) => value > bar.baseReach),
  };
}

/** "196 million", or "197.5 million / 196 million" when both ends fall on one side of the base. */
function endText(values: readonly number[], digits: number, style: 'words' | 'letters'): string | undefined {
  return values.length === 0 ? undefined : values.map((value) => formatPeopleTo(value, digits, style)).join(' / ');
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
 * log. Either way d3-scale computes the scale and its ticks.
 *
 * **Labels.** Names (bold) with the input's low–high values under them (muted) sit in a column left
 * of the plot, or on their own lines above each bar below `STACK_BELOW_PX`, as on the reach chart.
 * Each bar end gets the reach there, outside the bar: the plot keeps a margin on each side as wide
 * as the widest end label, so a label never leaves the chart, and every row has its own band, so
 * labels of different rows never meet. Reaches are written in words ("204.9 million") or, when
 * words would leave the bars under half the plot, with a letter ("204.9M"), with as many figures as
 * it takes for the two ends to read differently. When both ends fall on one side of the base (an
 * input whose effect is not monotonic), that side's label gives both, low-input first.
 *
 * Inputs that move the reach by less than half a person (`hasSwing`; the demographic inputs of a
 * scope that covers no relatives do not move it at all) get no row: a note under the axis names them.
 *
 * @param bars from `tornado`, any order (drawn largest swing first)
 * @param widthPx the chart's width, px; widths below `MIN_CHART_WIDTH_PX` lay out at that minimum
 */
export function placeTornado(bars: readonly TornadoBar[], widthPx: number): PlacedTornado {
  const width = Number.isFinite(widthPx) ? Math.max(MIN_CHART_WIDTH_PX, Math.round(widthPx)) : MIN_CHART_WIDTH_PX;
  const stacked = width < STACK_BELOW_PX;
  const nameWidthPx = stacked ? width - 2 * SIDE_PAD_PX : Math.round(Math.min(320, Math.max(150, width * 0.3)));
  const plotLeftPx = stacked ? SIDE_PAD_PX : SIDE_PAD_PX + nameWidthPx + NAME_GAP_PX;
  const plotRightPx = width - SIDE_PAD_PX;
  const plotWidthPx = plotRightPx - plotLeftPx;

  const moving = [...bars].filter(hasSwing).sort((a, b) => b.swing - a.swing);
  const still = bars.filter((bar) => !hasSwing(bar));
  const baseReach = bars[0]?.baseReach;

  const common = {
    widthPx: width,
    stacked,
    plotLeftPx,
    plotRightPx,
    nameFontSizePx: NAME_FONT_SIZE_PX,
    valueFontSizePx: VALUE_FONT_SIZE_PX,
    lineHeightPx: LINE_PX,
    barHeightPx: BAR_PX,
  };

  if (moving.length === 0 || baseReach === undefined) {
    const noteText =
      baseReach === undefined
        ? 'Every input of this scope is exact: there is nothing to vary.'
        : nothingMoves(still, baseReach);
    const note = placeNote(noteText, width, TOP_PAD_PX);
    return {
      ...common,
      heightPx: (note.at(-1)?.box.bottomPx ?? TOP_PAD_PX) + 8,
      scaleKind: 'linear',
      rows: [],
      base: undefined,
      lineRuns: [],
      axis: undefined,
      rowsTopPx: TOP_PAD_PX,
      note,
    };
  }

  // The scale's domain: every reach drawn, and the base.
  const reaches = moving.flatMap((bar) => [bar.reachAtLow, bar.reachAtHigh]).concat(baseReach);
  const lowest = Math.min(...reaches);
  const highest = Math.max(...reaches);
  const scaleKind = peopleScaleKind(lowest, highest);

  // End labels in words if that leaves the bars at least half the plot, else with letters.
  const ends = moving.map(endsOf);
  const labelsIn = (style: 'words' | 'letters') => {
    const texts = ends.map((end) => {
      const digits = digitsToTellApart([...end.leftValues, ...end.rightValues], style);
      return { digits, left: endText(end.leftValues, digits, style), right: endText(end.rightValues, digits, style) };
    });
    const margin = (side: 'left' | 'right') =>
      Math.max(0, ...texts.map((text) => estimateTextWidth(text[side] ?? '', END_FONT_SIZE_PX))) + LABEL_GAP_PX;
    return { texts, leftMarginPx: margin('left'), rightMarginPx: margin('right') };
  };
  let labels = labelsIn('words');
  if (plotWidthPx - labels.leftMarginPx - labels.rightMarginPx < plotWidthPx / 2) labels = labelsIn('letters');
  const rangeLeftPx = plotLeftPx + labels.leftMarginPx;
  const rangeRightPx = Math.max(rangeLeftPx + 1, plotRightPx - labels.rightMarginPx);
  const scale =
    scaleKind === 'log'
      ? scaleLog().domain([lowest, highest]).range([rangeLeftPx, rangeRightPx])
      : scaleLinear().domain([lowest, highest]).range([rangeLeftPx, rangeRightPx]);

  // The base label sits on a line of its own above the rows.
  const baseXPx = scale(baseReach);
  // As precise as the most precise end label, so the base reads on the same footing as the bars.
  const baseDigits = Math.max(...labels.texts.map((text) => text.digits));
  const baseTexts = [
    `All inputs at their most likely: ${formatPeopleTo(baseReach, baseDigits, 'words')}`,
    `Most likely: ${formatPeopleTo(baseReach, baseDigits, 'words')}`,
    `Most likely: ${formatPeopleTo(baseReach, baseDigits, 'letters')}`,
  ];
  const baseText =
    baseTexts.find((text) => estimateTextWidth(text, END_FONT_SIZE_PX) <= width - 2 * SIDE_PAD_PX) ??
    baseTexts[baseTexts.length - 1]!;
  const baseLabel = centredLabel(
    baseText,
    baseXPx,
    TOP_PAD_PX + BASELINE_PX,
    END_FONT_SIZE_PX,
    SIDE_PAD_PX,
    width - SIDE_PAD_PX,
  );
  const rowsTopPx = TOP_PAD_PX + LINE_PX + 8;

  const rows: PlacedTornadoRow[] = [];
  let y = rowsTopPx;
  for (const [i, bar] of moving.entries()) {
    const name = wrapText(bar.label, nameWidthPx, NAME_FONT_SIZE_PX, stacked ? 2 : 3);
    const valueLines = wrapText(formatInputRange(bar), nameWidthPx, VALUE_FONT_SIZE_PX, 2).lines;
    const textLines = name.lines.length + valueLines.length;
    const nameXPx = SIDE_PAD_PX;
    const nameBox = lineBox(
      nameXPx,
      Math.max(widest(name.lines, NAME_FONT_SIZE_PX), widest(valueLines, VALUE_FONT_SIZE_PX)),
      y,
      textLines,
    );
    const barLineTopPx = stacked ? y + textLines * LINE_PX : y;
    const bottomPx = stacked ? barLineTopPx + LINE_PX : y + Math.max(textLines, 1) * LINE_PX;

    const segment = (value: number): TornadoSegment => {
      const a = scale(value);
      return { x0Px: Math.min(a, baseXPx), x1Px: Math.max(a, baseXPx) };
    };
    const low = segment(bar.reachAtLow);
    const high = segment(bar.reachAtHigh);
    const leftEndPx = Math.min(low.x0Px, high.x0Px);
    const rightEndPx = Math.max(low.x1Px, high.x1Px);
    const baselinePx = barLineTopPx + BASELINE_PX;
    const { left, right } = labels.texts[i]!;
    const leftLabel = left === undefined ? undefined : endLabel(left, leftEndPx - LABEL_GAP_PX, baselinePx, 'end');
    const rightLabel =
      right === undefined ? undefined : endLabel(right, rightEndPx + LABEL_GAP_PX, baselinePx, 'start');

    rows.push({
      key: bar.key,
      label: bar.label,
      nameLines: name.lines,
      nameTruncated: name.truncated,
      valueLines,
      nameXPx,
      nameYPx: y + BASELINE_PX,
      valuesYPx: y + name.lines.length * LINE_PX + BASELINE_PX,
      nameBox,
      nameMark: { xPx: nameXPx, yPx: y + BASELINE_PX, lines: name.lines, fontSizePx: NAME_FONT_SIZE_PX },
      valuesMark: {
        xPx: nameXPx,
        yPx: y + name.lines.length * LINE_PX + BASELINE_PX,
        lines: valueLines,
        fontSizePx: VALUE_FONT_SIZE_PX,
      },
      topPx: y,
      bottomPx,
      barTopPx: barLineTopPx + (LINE_PX - BAR_PX) / 2,
      barMiddlePx: barLineTopPx + LINE_PX / 2,
      low,
      high,
      segments: [
        { kind: 'low' as const, ...low },
        { kind: 'high' as const, ...high },
      ]
        .filter((part) => part.x1Px > part.x0Px)
        .sort((a, b) => b.x1Px - b.x0Px - (a.x1Px - a.x0Px)),
      leftLabel,
      rightLabel,
      summary: summarize(bar),
    });
    y = bottomPx + ROW_GAP_PX;
  }
  const rowsBottomPx = y - ROW_GAP_PX;

  // The axis: ticks about 70 px apart, labels dropped where they would touch.
  const axisYPx = rowsBottomPx + 8;
  const tickLabelYPx = axisYPx + 6 + TICK_FONT_SIZE_PX;
  const tickCount = Math.max(2, Math.floor((rangeRightPx - rangeLeftPx) / 70));
  let tickValues = scale.ticks(tickCount).filter((value) => value >= lowest && value <= highest);
  if (scaleKind === 'log') {
    const decades = Math.log10(highest / lowest);
    const keep = decades > 4 ? [1] : [1, 2, 5];
    tickValues = tickValues.filter((value) =>
      keep.includes(Number((value / 10 ** Math.floor(Math.log10(value) + 1e-9)).toPrecision(3))),
    );
  }
  const tickTexts = scaleKind === 'log' ? tickValues.map(formatPeopleAbbreviated) : formatPeopleTicks(tickValues);
  const ticks: NonNullable<PlacedTornado['axis']>['ticks'] = [];
  for (const [i, people] of tickValues.entries()) {
    const xPx = scale(people);
    const label = centredLabel(tickTexts[i]!, xPx, tickLabelYPx, TICK_FONT_SIZE_PX, SIDE_PAD_PX, width - SIDE_PAD_PX);
    const previous = ticks[ticks.length - 1];
    if (Math.abs(label.xPx - xPx) > 0.5) continue;
    if (previous && label.box.leftPx < previous.label.box.rightPx + TICK_GAP_PX) continue;
    ticks.push({ people, xPx, label });
  }
  const titleTexts = [
    scaleKind === 'log'
      ? 'People reached, log scale (one input at its low or high value, the rest at their most likely)'
      : 'People reached (one input at its low or high value, the rest at their most likely)',
    scaleKind === 'log' ? 'People reached (log scale)' : 'People reached',
  ];
  const titleWidthPx = width - plotLeftPx - SIDE_PAD_PX;
  const titleText =
    titleTexts.find((text) => estimateTextWidth(text, VALUE_FONT_SIZE_PX) <= titleWidthPx) ?? titleTexts[1]!;
  const titleYPx = tickLabelYPx + 8 + LINE_PX;
  const title: PlacedLabel = {
    text: titleText,
    xPx: plotLeftPx,
    yPx: titleYPx,
    textAnchor: 'start',
    fontSizePx: VALUE_FONT_SIZE_PX,
    box: lineBox(plotLeftPx, estimateTextWidth(titleText, VALUE_FONT_SIZE_PX), titleYPx - BASELINE_PX, 1),
  };

  const noteTopPx = title.box.bottomPx + 8;
  const note =
    still.length === 0
      ? []
      : placeNote(
          `No effect on this scope (under one person either way): ${still.map((bar) => bar.label).join('; ')}.`,
          width,
          noteTopPx,
        );

  return {
    ...common,
    heightPx: (note.at(-1)?.box.bottomPx ?? title.box.bottomPx) + 8,
    scaleKind,
    rows,
    base: { xPx: baseXPx, label: baseLabel },
    lineRuns: stacked
      ? rows.map((row, i) => ({
          y1Px: row.barTopPx - 3,
          // The last run reaches down to the axis.
          y2Px: i === rows.length - 1 ? axisYPx : row.barTopPx + BAR_PX + 3,
        }))
      : [{ y1Px: rowsTopPx - 6, y2Px: axisYPx }],
    axis: { yPx: axisYPx, ticks, title },
    rowsTopPx,
    note,
  };
}

/** A reach label at a bar end: `xPx` is its anchor, right of it ('start') or left ('end'). */
function endLabel(text: string, xPx: number, yPx: number, textAnchor: 'start' | 'end'): PlacedLabel {
  const textWidth = estimateTextWidth(text, END_FONT_SIZE_PX);
  return {
    text,
    xPx,
    yPx,
    textAnchor,
    fontSizePx: END_FONT_SIZE_PX,
    box: lineBox(textAnchor === 'start' ? xPx : xPx - textWidth, textWidth, yPx - BASELINE_PX, 1),
  };
}

/** A note across the chart, wrapped, from `topPx` down. */
function placeNote(text: string, widthPx: number, topPx: number): PlacedLabel[] {
  const lines = wrapText(text, widthPx - 2 * SIDE_PAD_PX, NOTE_FONT_SIZE_PX, Number.MAX_SAFE_INTEGER).lines;
  return lines.map((line, i) => {
    const lineTopPx = topPx + i * LINE_PX;
    return {
      text: line,
      xPx: SIDE_PAD_PX,
      yPx: lineTopPx + BASELINE_PX,
      textAnchor: 'start',
      fontSizePx: NOTE_FONT_SIZE_PX,
      box: lineBox(SIDE_PAD_PX, estimateTextWidth(line, NOTE_FONT_SIZE_PX), lineTopPx, 1),
    };
  });
}

/** The sentence for a scope whose reach no uncertain input changes (by half a person or more). */
function nothingMoves(still: readonly TornadoBar[], baseReach: number): string {
  const reach = formatPeopleTo(baseReach, 3, 'words');
  return still.length === 1
    ? `The only uncertain input, ${still[0]!.label}, does not change this scope's reach of ${reach} people.`
    : `None of the ${still.length} uncertain inputs changes this scope's reach of ${reach} people.`;
}

/** "Married share, members aged 31-60: 202.6 million at 85%, 206.7 million at 94% (204.9 million at 90%)". */
function summarize(bar: TornadoBar): string {
  const digits = digitsToTellApart([bar.reachAtLow, bar.reachAtHigh, bar.baseReach], 'words');
  const reach = (people: number) => formatPeopleTo(people, digits, 'words');
  const at = (value: number) => formatInputValue(value, bar.unit);
  return `${bar.label}: ${reach(bar.reachAtLow)} at ${at(bar.lowValue)}, ${reach(bar.reachAtHigh)} at ${at(bar.highValue)} (${reach(bar.baseReach)} at ${at(bar.modeValue)})`;
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
  const base = bars[0]?.baseReach;
  if (base === undefined) return 'Every input of this scope is exact: there is nothing to vary.';
  const moving = bars.filter(hasSwing).sort((a, b) => b.swing - a.swing);
  const still = bars.length - moving.length;
  const baseWords = formatPeopleTo(base, 3, 'words');
  if (moving.length === 0) return nothingMoves(bars, base);
  const sentences = [`With every input at its most likely value the scope reaches ${baseWords} people.`];
  const phrase = (bar: TornadoBar) => {
    const digits = digitsToTellApart([bar.reachAtLow, bar.reachAtHigh], 'words');
    const ends = [
      { reach: bar.reachAtLow, value: bar.lowValue },
      { reach: bar.reachAtHigh, value: bar.highValue },
    ].sort((a, b) => a.reach - b.reach);
    const [from, to] = ends as [(typeof ends)[number], (typeof ends)[number]];
    const at = (value: number) => formatInputValue(value, bar.unit);
    return `${bar.label}, from ${formatPeopleTo(from.reach, digits, 'words')} at ${at(from.value)} to ${formatPeopleTo(to.reach, digits, 'words')} at ${at(to.value)}`;
  };
  const [first, ...others] = moving.slice(0, 3);
  sentences.push(`Moving one input at a time, the largest effect is ${phrase(first!)}.`);
  if (others.length > 0) sentences.push(`Next: ${others.map(phrase).join('; ')}.`);
  if (moving.length > 3) sentences.push(`${moving.length - 3} more inputs move it less.`);
  if (still > 0) sentences.push(`${still === 1 ? 'One input does' : `${still} inputs do`} not change it.`);
  return sentences.join(' ');
}
