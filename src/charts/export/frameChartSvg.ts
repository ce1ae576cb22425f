import { CHART_FONT_FAMILY } from '../chartFontFamily';
import { wrapText } from '../geometry/wrapText';
import { PALETTE } from '../palette';
import { xmlSafe } from '../../format/xmlSafe';
import { escapeXml } from './escapeXml';
import { stripActiveContent } from './stripActiveContent';

/** What goes around a chart in a file. */
export interface ChartFrame {
  /** Above the chart, wrapped to its width: the finding in words, or the scenario's title (from a link: untrusted). */
  title: string;
  /** Under the title, smaller: the scenario's title and the reading the numbers rest on. */
  subtitle?: string;
  /** Where the numbers come from: catalogue version, draws and seed. */
  sourceLine: string;
  /** What the marks mean, in words: the page draws the key in HTML, outside the chart's `<svg>`. */
  legend?: string;
  /** The scenario's permalink, wrapped (anywhere, if it must) to the chart's width. */
  link?: string;
  /** The chart's width and height, px. */
  widthPx: number;
  heightPx: number;
  /**
   * The file's height, px, for a fixed size (a 1200 × 630 social card): shorter content sits at
   * the top of the page; taller content is scaled down to fit, centred. Unset: the content's height.
   */
  fileHeightPx?: number;
}

/** How a block of frame text is set: sizes in px. */
interface TextStyle {
  fontSizePx: number;
  lineHeightPx: number;
  fontWeight?: number;
  fill: string;
}

const TITLE_TEXT: TextStyle = { fontSizePx: 18, lineHeightPx: 24, fontWeight: 700, fill: PALETTE.ink };
const SUBTITLE_TEXT: TextStyle = { fontSizePx: 13, lineHeightPx: 18, fill: PALETTE.muted };
const FOOT_TEXT: TextStyle = { fontSizePx: 11, lineHeightPx: 15, fill: PALETTE.muted };

/** Space around everything, px: a chart for a file `w` wide is laid out `w - 2 × FRAME_PAD_PX` wide. */
export const FRAME_PAD_PX = 16;
const PAD_PX = FRAME_PAD_PX;
/** Between the title's last line and the chart, and between the chart and the footer, px. */
const CHART_GAP_PX = 10;
/** Between the legend and the source line, px: two paragraphs, not one. */
const PARAGRAPH_GAP_PX = 4;

/**
 * A standalone SVG document: the chart under its title, above a footer with the legend, the source
 * line and the link. Text is wrapped by the charts' own width estimate (`wrapText`, which errs wide),
 * so nothing runs past the edge, and escaped, so a title from a link stays text. The chart markup
 * goes through `stripActiveContent` first, and the whole document through `xmlSafe`, so no
 * character XML cannot hold reaches the file, whatever a label holds.
 *
 * @param chartSvg the chart's own `<svg>` markup (`serializeChart`, or rendered on the server)
 * @param frame the texts, and the chart's size in px
 * @returns the document, `widthPx + 32` px wide; its root `<svg>` has `width` and `height` in px,
 *   and a `viewBox` of the same size (or, for a `fileHeightPx` the content overflows, one that
 *   scales the content down to fit)
 */
export function frameChartSvg(chartSvg: string, frame: ChartFrame): string {
  const chartWidthPx = Math.round(frame.widthPx);
  const chartHeightPx = Math.round(frame.heightPx);
  const widthPx = chartWidthPx + 2 * PAD_PX;
  const wrap = (text: string | undefined, fontSizePx: number) =>
    text ? wrapText(text, chartWidthPx, fontSizePx, Number.MAX_SAFE_INTEGER).lines : [];

  const titleLines = wrap(frame.title, TITLE_TEXT.fontSizePx);
  const subtitleLines = wrap(frame.subtitle, SUBTITLE_TEXT.fontSizePx);
  const legendLines = wrap(frame.legend, FOOT_TEXT.fontSizePx);
  const sourceLines = wrap(frame.sourceLine, FOOT_TEXT.fontSizePx);
  const linkLines = wrap(frame.link, FOOT_TEXT.fontSizePx);
  const subtitleTopPx = PAD_PX + titleLines.length * TITLE_TEXT.lineHeightPx + (subtitleLines.length > 0 ? 2 : 0);
  const headBottomPx = subtitleTopPx + subtitleLines.length * SUBTITLE_TEXT.lineHeightPx;
  const chartTopPx = headBottomPx + (headBottomPx > PAD_PX ? CHART_GAP_PX : 0);
  const legendTopPx = chartTopPx + chartHeightPx + CHART_GAP_PX;
  const sourceTopPx =
    legendTopPx + legendLines.length * FOOT_TEXT.lineHeightPx + (legendLines.length > 0 ? PARAGRAPH_GAP_PX : 0);
  const linkTopPx = sourceTopPx + sourceLines.length * FOOT_TEXT.lineHeightPx;
  const contentHeightPx = linkTopPx + linkLines.length * FOOT_TEXT.lineHeightPx + PAD_PX;
  const heightPx = frame.fileHeightPx ?? contentHeightPx;
  // The view box keeps the file's shape: tall content is scaled down and centred across.
  const boxHeightPx = Math.max(contentHeightPx, heightPx);
  const boxWidthPx = (boxHeightPx * widthPx) / heightPx;
  const boxLeftPx = (widthPx - boxWidthPx) / 2;
  const box = [boxLeftPx, 0, boxWidthPx, boxHeightPx].map((n) => Math.round(n * 100) / 100);

  const title = textLines(titleLines, { className: 'export-title', topPx: PAD_PX, ...TITLE_TEXT });
  const subtitle = textLines(subtitleLines, { className: 'export-subtitle', topPx: subtitleTopPx, ...SUBTITLE_TEXT });
  const legend = textLines(legendLines, { className: 'export-legend', topPx: legendTopPx, ...FOOT_TEXT });
  const source = textLines(sourceLines, { className: 'export-source', topPx: sourceTopPx, ...FOOT_TEXT });
  const linkText = textLines(linkLines, { className: 'export-link', topPx: linkTopPx, ...FOOT_TEXT });
  // A viewer that follows links opens the scenario; anything but http(s) stays plain text.
  const link =
    frame.link && /^https?:\/\//i.test(frame.link) ? `<a href="${escapeXml(frame.link)}">${linkText}</a>` : linkText;

  const document = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" viewBox="${box.join(' ')}" font-family="${escapeXml(CHART_FONT_FAMILY)}">`,
    `<title>${escapeXml(frame.title)}</title>`,
    `<rect x="${box[0]}" width="${box[2]}" height="${box[3]}" fill="${PALETTE.paper}"/>`,
    title,
    subtitle,
    placeChart(stripActiveContent(chartSvg), PAD_PX, chartTopPx, chartWidthPx, chartHeightPx),
    legend,
    source,
    link,
    '</svg>',
  ]
    .filter((part) => part !== '')
    .join('\n')
    .concat('\n');
  return xmlSafe(document);
}

/** Lines as one `<text>`, escaped: the first baseline one font size below `topPx`, then a line apart. */
function textLines(lines: readonly string[], style: TextStyle & { className: string; topPx: number }): string {
  if (lines.length === 0) return '';
  const weight = style.fontWeight ? ` font-weight="${style.fontWeight}"` : '';
  const tspans = lines.map(
    (line, i) => `<tspan x="${PAD_PX}" dy="${i === 0 ? 0 : style.lineHeightPx}">${escapeXml(line)}</tspan>`,
  );
  return (
    `<text class="${style.className}" x="${PAD_PX}" y="${style.topPx + style.fontSizePx}" ` +
    `font-size="${style.fontSizePx}"${weight} fill="${style.fill}">${tspans.join('')}</text>`
  );
}

/**
 * The chart's root `<svg>` moved to (x, y) in the frame. A root without a size gets the frame's
 * idea of it, since a nested `<svg>` without one would fill the whole document.
 */
function placeChart(markup: string, xPx: number, yPx: number, widthPx: number, heightPx: number): string {
  const start = /<svg\b([^>]*)>/.exec(markup);
  if (!start) throw new Error('frameChartSvg: the chart markup has no <svg> element');
  const selfClosing = start[1]!.endsWith('/');
  let attributes = start[1]!.replace(/\/$/, '').replace(/\s(x|y)\s*=\s*("[^"]*"|'[^']*')/g, '');
  if (!/\swidth\s*=/.test(attributes)) attributes += ` width="${widthPx}"`;
  if (!/\sheight\s*=/.test(attributes)) attributes += ` height="${heightPx}"`;
  const tag = `<svg x="${xPx}" y="${yPx}"${attributes}${selfClosing ? '/' : ''}>`;
  return `${markup.slice(0, start.index)}${tag}${markup.slice(start.index + start[0].length)}`.trim();
}
