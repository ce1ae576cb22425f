/** A size an exported chart file is made at: the same at any screen size (its name for the size picker is `SHARE.sizes[id]`). */
export interface ExportSize {
  id: 'social' | 'square' | 'article' | 'print';
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
  { id: 'article', widthPx: 850, heightPx: 600 },
  { id: 'social', widthPx: 1200, heightPx: 630 },
  { id: 'square', widthPx: 1080, heightPx: 1080 },
  { id: 'print', widthPx: 624 },
];
