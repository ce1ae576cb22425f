import { estimateTextWidth } from './estimateTextWidth';
import { SWATCH_PX, type KeyItem, type KeyMark } from './placeRowChart';
import { placeText, type TextMark } from './textMark';
import { wrapText } from './wrapText';

/** The texts around a chart in a file. */
export interface ChartFileTexts {
  /** Above the chart: the finding in words, or the scenario's title (from a link: untrusted). */
  title: string;
  /** Under the title, smaller: the scenario's title and the reading the numbers rest on. */
  subtitle?: string;
  /** Where the numbers come from: catalogue version, draws and seed (`chartSourceLine`). */
  sourceLine: string;
  /** The scenario's permalink, wrapped (anywhere, if it must) to the chart's width. */
  link?: string;
}

/** One entry of the key in a file: the mark's swatch at (xPx, yPx), its words beside it. */
export interface PlacedKeyItem {
  mark: KeyMark;
  xPx: number;
  yPx: number;
  text: TextMark;
}

/** Where everything in a chart file goes, in the file's px. */
export interface PlacedChartFile {
  /** The file's size, px. */
  widthPx: number;
  heightPx: number;
  /** The view box: the content, scaled down and centred across when it is taller than the file. */
  viewBox: readonly [number, number, number, number];
  /** The chart's top; its left is \`FRAME_PAD_PX\`. */
  chartYPx: number;
  title: TextMark;
  subtitle: TextMark | undefined;
  key: PlacedKeyItem[];
  source: TextMark;
  link: TextMark | undefined;
}

/** Space around everything, px: a chart for a file `w` wide is laid out `w - 2 × FRAME_PAD_PX` wide. */
export const FRAME_PAD_PX = 16;
/** Between the head and the chart, and between the chart and the footer, px. */
const GAP_PX = 10;
const KEY_ITEM_GAP_PX = 16;

/** Type sizes and line heights, px. */
const TITLE = { size: 18, line: 24 };
const SUBTITLE = { size: 13, line: 18 };
const FOOT = { size: 11, line: 15 };

/**
 * Lays out a chart file: the title (the finding) and subtitle above the chart, and under it the
 * chart's own key as drawn marks with their words, the source line and the link. Text wraps to the
 * chart's width by the charts' width estimate (`wrapText`, which errs wide), so nothing runs past
 * the edge; key items flow left to right and wrap as whole items.
 *
 * @param texts what the file says around the chart
 * @param chart the chart's size, px, and its key (what is drawn, and nothing else)
 * @param fileHeightPx a fixed height (a 1200 × 630 social card): shorter content sits at the top,
 *   taller content is scaled down to fit, centred across; unset, the content's height (a card is
 *   laid out at `fittedLayoutWidth`, so its content comes close to filling it)
 */
export function placeChartFile(
  texts: ChartFileTexts,
  chart: { widthPx: number; heightPx: number; key: readonly KeyItem[] },
  fileHeightPx?: number,
): PlacedChartFile {
  const chartWidthPx = Math.round(chart.widthPx);
  const widthPx = chartWidthPx + 2 * FRAME_PAD_PX;
  let yPx = FRAME_PAD_PX;
  /** A paragraph at the running y, which it moves down past its lines. */
  const paragraph = (text: string, style: { size: number; line: number }): TextMark => {
    const lines = wrapText(text, chartWidthPx, style.size);
    const topPx = yPx;
    yPx += lines.length * style.line;
    const mark = { lines, xPx: FRAME_PAD_PX, yPx: topPx + style.size, textAnchor: 'start' as const };
    const box = { leftPx: FRAME_PAD_PX, rightPx: FRAME_PAD_PX + chartWidthPx, topPx, bottomPx: yPx };
    return { ...mark, fontSizePx: style.size, lineHeightPx: style.line, box };
  };

  const title = paragraph(texts.title, TITLE);
  const subtitle = texts.subtitle ? ((yPx += 2), paragraph(texts.subtitle, SUBTITLE)) : undefined;
  const chartYPx = yPx + GAP_PX;
  yPx = chartYPx + Math.round(chart.heightPx) + GAP_PX;

  const key: PlacedKeyItem[] = [];
  let xPx = FRAME_PAD_PX;
  for (const item of chart.key) {
    const textWidthPx = estimateTextWidth(item.text, FOOT.size);
    const itemWidthPx = SWATCH_PX.width + 6 + textWidthPx;
    if (xPx > FRAME_PAD_PX && xPx + itemWidthPx > FRAME_PAD_PX + chartWidthPx) {
      xPx = FRAME_PAD_PX;
      yPx += FOOT.line;
    }
    key.push({
      mark: item.mark,
      xPx,
      yPx: yPx + (FOOT.line - SWATCH_PX.height) / 2,
      text: placeText(item.text, xPx + SWATCH_PX.width + 6, yPx + FOOT.size, FOOT.size),
    });
    xPx = Math.round(xPx + itemWidthPx + KEY_ITEM_GAP_PX);
  }
  if (key.length > 0) yPx += FOOT.line + 4;

  const source = paragraph(texts.sourceLine, FOOT);
  const link = texts.link ? paragraph(texts.link, FOOT) : undefined;
  const contentHeightPx = yPx + FRAME_PAD_PX;
  const heightPx = fileHeightPx ?? contentHeightPx;
  // The view box keeps the file's shape: tall content is scaled down and centred across.
  const boxHeightPx = Math.max(contentHeightPx, heightPx);
  const boxWidthPx = (boxHeightPx * widthPx) / heightPx;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    widthPx,
    heightPx,
    viewBox: [round((widthPx - boxWidthPx) / 2), 0, round(boxWidthPx), round(boxHeightPx)],
    chartYPx,
    title,
    subtitle,
    key,
    source,
    link,
  };
}

/**
 * The width to lay a fixed-size file (a card) out at, px: the narrowest, down to half its width,
 * whose content still fits its shape, so the content is scaled up to fill the card rather than
 * leaving its lower part empty; the file's own width when even that leaves no room.
 *
 * @param widthPx the file's width, px
 * @param heightPx the file's height, px
 * @param contentHeightAt the content's height when laid out at a width, px (`placeChartFile`
 *   without a fixed height); taller at narrower widths
 */
export function fittedLayoutWidth(
  widthPx: number,
  heightPx: number,
  contentHeightAt: (layoutWidthPx: number) => number,
): number {
  const fits = (layoutWidthPx: number) => contentHeightAt(layoutWidthPx) <= (layoutWidthPx * heightPx) / widthPx;
  let [tooNarrow, wide] = [Math.round(widthPx / 2), Math.round(widthPx)];
  if (fits(tooNarrow)) return tooNarrow;
  // Whole pixels, to within 8 px: about seven layouts.
  while (wide - tooNarrow > 8) {
    const middle = Math.round((tooNarrow + wide) / 2);
    if (fits(middle)) wide = middle;
    else tooNarrow = middle;
  }
  return wide;
}
