import { escapeXml } from './escapeXml';

/** Layout of the frame around an exported chart, in px. */
const PAD = 16;
const TITLE_SIZE = 18;
const TITLE_LINE = 24;
const FOOT_SIZE = 11;
const FOOT_LINE = 15;
/** Average glyph width as a share of the font size, for wrapping (system sans-serif fonts, 0.5-0.6). */
const GLYPH_EM = 0.58;

/** Splits text into lines of at most `maxChars` characters, breaking at spaces (or anywhere if it must). */
export function wrapLines(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let piece = word; piece.length > 0;) {
      const room = line ? maxChars - line.length - 1 : maxChars;
      if (piece.length <= room) {
        line = line ? `${line} ${piece}` : piece;
        piece = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        lines.push(piece.slice(0, maxChars));
        piece = piece.slice(maxChars);
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Strips anything executable from chart markup before it goes into a file: script elements and
 * event-handler attributes. The charts never contain either; this guards against text from a link
 * that somehow did.
 */
export function stripActiveContent(svg: string): string {
  return svg
    .replace(/<script[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script[^>]*\/>/gi, '')
    .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/(href\s*=\s*["'])\s*javascript:[^"']*/gi, '$1#');
}

/**
 * A standalone SVG document: the chart under its title, above a footer with the key (the page
 * draws it in HTML, outside the chart), the source line and the link to the scenario. All text is escaped, so titles from links stay text.
 *
 * @param chartSvg the chart's own `<svg>` markup (see `serializeChart`)
 * @param meta widthPx and heightPx are the chart's size in px
 */
export function frameChartSvg(
  chartSvg: string,
  meta: { title: string; sourceLine: string; legend?: string; link?: string; widthPx: number; heightPx: number },
): string {
  const width = Math.max(300, Math.round(meta.widthPx + 2 * PAD));
  const charsPer = (size: number) => Math.max(20, Math.floor((width - 2 * PAD) / (size * GLYPH_EM)));
  const titleLines = wrapLines(meta.title, charsPer(TITLE_SIZE));
  const footLines = [
    ...(meta.legend ? wrapLines(meta.legend, charsPer(FOOT_SIZE)) : []),
    ...wrapLines(meta.sourceLine, charsPer(FOOT_SIZE)),
    ...(meta.link ? wrapLines(meta.link, charsPer(FOOT_SIZE)) : []),
  ];
  const chartTop = PAD + titleLines.length * TITLE_LINE + 8;
  const footTop = chartTop + meta.heightPx + 12;
  const height = Math.round(footTop + footLines.length * FOOT_LINE + PAD);
  const tspans = (lines: string[], x: number, lineHeight: number) =>
    lines.map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(line)}</tspan>`).join('');
  const chart = stripActiveContent(chartSvg)
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(/^<svg\b/, `<svg x="${PAD}" y="${chartTop}"`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text class="export-title" x="${PAD}" y="${PAD + TITLE_SIZE}" font-size="${TITLE_SIZE}" font-weight="700" fill="#1d2733">${tspans(titleLines, PAD, TITLE_LINE)}</text>`,
    chart,
    `<text class="export-source" x="${PAD}" y="${footTop + FOOT_SIZE}" font-size="${FOOT_SIZE}" fill="#56606c">${tspans(footLines, PAD, FOOT_LINE)}</text>`,
    '</svg>',
  ].join('\n');
}
