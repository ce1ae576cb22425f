import { xmlSafe } from '../../format/xmlSafe';

/**
 * A rendered `ChartFile` (its root `<svg>`, serialised in the browser or rendered on the server)
 * as the text of an `.svg` file: with the XML declaration, and without any character XML cannot
 * hold (a label from a link may carry one: `xmlSafe`), so the file always parses.
 */
export function chartFileDocument(svgMarkup: string): string {
  return xmlSafe(`<?xml version="1.0" encoding="UTF-8"?>\n${svgMarkup.trim()}\n`);
}
