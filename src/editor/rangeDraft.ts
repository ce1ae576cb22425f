import { EDITOR } from '../i18n/en/editor';
import { wordsFor } from '../i18n/wordsFor';
import type { Range } from '../model/range';

/** What the reader typed in the three boxes of a range, as text. */
export interface RangeDraft {
  low: string;
  mode: string;
  high: string;
}

/** How a range is shown and checked: shares are typed as percentages (scale 100). */
export interface RangeFieldSpec {
  /** Smallest and largest allowed values, in model units (e.g. 0-1 for shares). */
  min: number;
  max: number;
  /** Display units per model unit: 100 for percentages, 1 otherwise. */
  scale: number;
  /** Unit shown to the reader, e.g. "%" or "people". */
  unit: string;
}

export type RangeDraftResult =
  { ok: true; range: Range } | { ok: false; errors: Partial<Record<keyof RangeDraft | 'order', string>> };

/**
 * Formats a draft number: `toLocaleString` with these options, made once (`toLocaleString` builds
 * a new formatter on every call, about 1 ms per keystroke in a range field).
 */
const DRAFT_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6, useGrouping: false });

/** A model value as the reader sees it: scaled, at most six significant digits, no exponent. */
export function formatDraftNumber(value: number, scale: number): string {
  const shown = Number((value * scale).toPrecision(6));
  return Math.abs(shown) >= 1e21 ? String(shown) : DRAFT_FORMAT.format(shown);
}

/** The text boxes for a range. */
export function draftFromRange(range: Range, spec: RangeFieldSpec): RangeDraft {
  return {
    low: formatDraftNumber(range.low, spec.scale),
    mode: formatDraftNumber(range.mode, spec.scale),
    high: formatDraftNumber(range.high, spec.scale),
  };
}

/**
 * Reads a number as typed: digits with an optional decimal point; commas or spaces between
 * thousands are allowed ("92,000,000"). Returns undefined for anything else.
 */
export function parseTypedNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(/(?<=\d)[,\s](?=\d{3}(\D|$))/g, '');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Checks what the reader typed and turns it into a range in model units, or says, field by field,
 * what is wrong. Nothing invalid ever reaches the model.
 */
export function parseRangeDraft(draft: RangeDraft, spec: RangeFieldSpec): RangeDraftResult {
  const w = wordsFor('editor', EDITOR).range;
  const errors: Partial<Record<keyof RangeDraft | 'order', string>> = {};
  const values: Partial<Record<keyof RangeDraft, number>> = {};
  const lo = formatDraftNumber(spec.min, spec.scale);
  const hi = formatDraftNumber(spec.max, spec.scale);
  for (const key of ['low', 'mode', 'high'] as const) {
    const shown = parseTypedNumber(draft[key]);
    if (shown === undefined) {
      errors[key] = w.enterNumber(w[key], draft[key].trim().slice(0, 20));
      continue;
    }
    const value = shown / spec.scale;
    if (value < spec.min || value > spec.max) {
      errors[key] = w.outOfBounds(w[key], lo, hi, spec.unit);
      continue;
    }
    values[key] = value;
  }
  const { low, mode, high } = values;
  if (low !== undefined && mode !== undefined && high !== undefined && !(low <= mode && mode <= high)) {
    errors.order = w.order;
  }
  if (Object.keys(errors).length > 0 || low === undefined || mode === undefined || high === undefined) {
    return { ok: false, errors };
  }
  return { ok: true, range: { low, mode, high } };
}
