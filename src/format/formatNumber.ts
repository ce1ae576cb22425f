/**
 * How `formatNumber` writes a number: to `significant` figures or with `decimals` fixed, trailing
 * zeros after the point dropped or kept, thousands grouped or not, as a percentage or not.
 */
export interface NumberStyle {
  /** Significant figures, 1-21 (default 12, when `decimals` is not given). */
  significant?: number;
  /** Digits after the point, 0-100, instead of significant figures. */
  decimals?: number;
  /** Drop trailing zeros after the point ("1.50" → "1.5", "2.00" → "2"). */
  trim?: boolean;
  /** Group the whole part's digits in threes with commas ("1,234"). */
  group?: boolean;
  /** Write the value × 100 with a "%" after it. */
  percent?: boolean;
}

/** The minus sign the page has always written (U+2212, d3-format's), not the hyphen. */
const MINUS = '\u2212';

/**
 * `magnitude` (≥ 0, finite) to `digits` significant figures in plain decimal notation, never an
 * exponent: "0.00123", "1.50", "1230". Rounded as `toExponential` rounds (correctly, to nearest).
 */
function toSignificant(magnitude: number, digits: number): string {
  // Zero has no significant figures to write: "0", as d3-format writes it.
  if (magnitude === 0) return '0';
  const [mantissa, power] = magnitude.toExponential(digits - 1).split('e') as [string, string];
  const coefficient = mantissa.replace('.', '');
  const exponent = Number(power);
  if (exponent < 0) return `0.${'0'.repeat(-exponent - 1)}${coefficient}`;
  return coefficient.length > exponent + 1
    ? `${coefficient.slice(0, exponent + 1)}.${coefficient.slice(exponent + 1)}`
    : coefficient + '0'.repeat(exponent + 1 - coefficient.length);
}

/**
 * A number as text, the one way the page, the CLI, the CSV and the charts write numbers: the
 * specifiers of d3-format this app used (`.3~r`, `,.3~r`, `.3p`, `.3~p`, `,.2f`, `,`), written out
 * in these few lines instead of its 2 KB, and held to its output by a property test
 * (`test/format/formatNumber.test.ts`). As d3-format, a negative value gets U+2212 unless it rounds
 * to zero, and NaN and the infinities are written "NaN", "Infinity" and "−Infinity".
 *
 * @example formatNumber(1234.5, { significant: 3, trim: true, group: true }) // => "1,230"
 * @example formatNumber(0.14484, { significant: 3, percent: true }) // => "14.5%"
 * @example formatNumber(-0.5, { decimals: 2 }) // => "−0.50"
 */
export function formatNumber(value: number, style: NumberStyle): string {
  if (Number.isNaN(value)) return 'NaN';
  const magnitude = Math.abs(value) * (style.percent ? 100 : 1);
  let text = !Number.isFinite(magnitude)
    ? 'Infinity'
    : style.decimals !== undefined
      ? magnitude.toFixed(style.decimals)
      : toSignificant(magnitude, style.significant ?? 12);
  if (style.trim && text.includes('.')) text = text.replace(/\.?0+$/, '');
  if (style.group) text = text.replace(/^\d+/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ','));
  // A value that rounds to zero has no sign, as in d3-format: "0", not "−0".
  const negative = (value < 0 || Object.is(value, -0)) && /[1-9]|Infinity/.test(text);
  return `${negative ? MINUS : ''}${text}${style.percent ? '%' : ''}`;
}
