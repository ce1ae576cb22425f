const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/**
 * The chart on the page as standalone SVG markup. The chart components keep everything that
 * affects the look in SVG attributes or inside the `<svg>` (no page CSS), so a plain copy is
 * faithful; this only makes sure the copy declares its namespace and has a size in px (its own
 * `width`, `height` and `viewBox`, else the size it is drawn at).
 *
 * @param svg the chart's root `<svg>` element, in a document
 * @returns the markup, for `frameChartSvg`
 */
export function serializeChart(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // As a namespace declaration, not a plain attribute: the serialiser writes one `xmlns`, not two.
  copy.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  const box = svg.getBoundingClientRect();
  const widthPx = String(Math.round(box.width));
  const heightPx = String(Math.round(box.height));
  if (!copy.getAttribute('width')) copy.setAttribute('width', widthPx);
  if (!copy.getAttribute('height')) copy.setAttribute('height', heightPx);
  if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${widthPx} ${heightPx}`);
  return new XMLSerializer().serializeToString(copy);
}
