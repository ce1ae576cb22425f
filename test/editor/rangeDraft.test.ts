import { describe, expect, it } from 'vitest';
import { draftFromRange, formatDraftNumber, parseRangeDraft, parseTypedNumber } from '../../src/editor/rangeDraft';

const SHARE = { min: 0, max: 1, scale: 100, unit: '%' };
const PEOPLE = { min: 0, max: 2e9, scale: 1, unit: 'people' };

describe('parseTypedNumber', () => {
  it.each([
    ['30', 30],
    [' 30.5 ', 30.5],
    ['.5', 0.5],
    ['92,000,000', 92_000_000],
    ['92 000 000', 92_000_000],
    ['-2', -2],
    ['', undefined],
    ['abc', undefined],
    ['1e3', undefined],
    ['3,5', undefined],
    ['1,00', undefined],
    ['NaN', undefined],
    ['Infinity', undefined],
  ])('reads %j as %s', (text, value) => expect(parseTypedNumber(text)).toBe(value));
});

describe('parseRangeDraft', () => {
  it('turns percentages into shares', () => {
    expect(parseRangeDraft({ low: '10', mode: '30', high: '100' }, SHARE)).toEqual({
      ok: true,
      range: { low: 0.1, mode: 0.3, high: 1 },
    });
  });

  it.each([
    [{ low: 'x', mode: '30', high: '40' }, 'low', /Low: enter a number, not "x"/],
    [{ low: '', mode: '30', high: '40' }, 'low', /Low: enter a number\./],
    [{ low: '10', mode: '130', high: '140' }, 'mode', /Most likely must be from 0 to 100%/],
    [{ low: '10', mode: '30', high: '-1' }, 'high', /High must be from 0 to 100%/],
    [{ low: '50', mode: '30', high: '60' }, 'order', /Low must not be above most likely/],
  ])('refuses %j with a message on %s', (draft, field, message) => {
    const result = parseRangeDraft(draft, SHARE);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field as 'low']).toMatch(message);
  });

  it('says the unit of a bound for counts', () => {
    const result = parseRangeDraft({ low: '1', mode: '2', high: '3000000000' }, PEOPLE);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.high).toBe('High must be from 0 to 2000000000 people.');
  });

  it('round-trips what it shows', () => {
    for (const range of [
      { low: 0.1, mode: 0.3, high: 1 },
      { low: 0.0005, mode: 0.0015, high: 0.004 },
      { low: 0, mode: 0, high: 0 },
    ]) {
      const result = parseRangeDraft(draftFromRange(range, SHARE), SHARE);
      expect(result.ok && result.range).toEqual(range);
    }
    expect(formatDraftNumber(91_914_000, 1)).toBe('91914000');
    expect(formatDraftNumber(0.0015, 100)).toBe('0.15');
  });
});
