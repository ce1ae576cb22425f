/** A size an exported chart file is made at: the same at any screen size. */
export interface ExportSize {
  id: 'social' | 'square' | 'article' | 'print';
  /** What the size is for, as the size picker says it. */
  label: string;
  /** The file's width, px (CSS pixels; the PNG has twice as many). */
  widthPx: number;
  /** The file's height, px; unset for a column whose height follows the content. */
  heightPx?: number;
}

/**
 * The sizes a reader can export at: a social card (the 1.91:1 link preview size of the big
 * platforms), a square card (for feeds that crop to a square), an article's chart, and a print column (6.5 in at 96 px per inch: a Letter or A4
 * page's text width).
 */
export const EXPORT_SIZES: readonly ExportSize[] = [
  { id: 'article', label: 'Article chart, 850 × 600', widthPx: 850, heightPx: 600 },
  { id: 'social', label: 'Social card, 1200 × 630', widthPx: 1200, heightPx: 630 },
  { id: 'square', label: 'Square card, 1080 × 1080', widthPx: 1080, heightPx: 1080 },
  { id: 'print', label: 'Print column, 624 px (6.5 in) wide', widthPx: 624 },
];
