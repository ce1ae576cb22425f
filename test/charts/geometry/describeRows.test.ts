import { describe, expect, it } from 'vitest';
import { reachInWords } from '../../../src/charts/geometry/describeRows';
import { CHART } from '../../../src/i18n/en/chart';
import { placeReachChart } from '../../../src/charts/geometry/placeReachChart';
import { placeShareChart } from '../../../src/charts/geometry/placeShareChart';
import type { ShareBasis } from '../../../src/link/linkState';
import type { ScopeRecord } from '../../../src/report/estimateRecord';

// The descriptions the charts give for their `<desc>`.
const describeReachChart = (results: ScopeRecord[], references: ReferenceLine[]) =>
  placeReachChart(results, references, 800).description;
const describeShareChart = (results: ScopeRecord[], basis: ShareBasis, fullScale = true) =>
  placeShareChart(results, basis, 800, fullScale).description;
import type { ReferenceLine } from '../../../src/data/referenceLines';
import { makeScopeRecord, SMALL_MIDDLE_LARGE } from '../makeScopeRecord';

const GERMANY: ReferenceLine = {
  id: 'germany',
  label: 'Germany',
  value: 83_516_593,
  asOf: '2024',
  shownByDefault: true,
};
const HONG_KONG: ReferenceLine = { ...GERMANY, id: 'hk', label: 'Hong Kong', value: 7_533_500 };

describe('the count of scopes in words', () => {
  it.each([
    [1, 'One scope on a scale.'],
    [7, 'Seven scopes on a scale.'],
    [12, 'Twelve scopes on a scale.'],
    [13, '13 scopes on a scale.'],
  ])('%d: %j', (count, expected) => {
    expect(CHART.rows.scopesOn(count, 'on a scale')).toBe(expected);
  });
});

describe('reachInWords', () => {
  it.each([
    [{ median: 1, p05: 1, p95: 1 }, '1 person'],
    [{ median: 4, p05: 4, p95: 4 }, '4 people'],
    [{ median: 203_987_396, p05: 196_448_832, p95: 211_743_982 }, 'about 204 million people (196–212 million)'],
  ])('reachInWords(%o) is %j', (reach, expected) => {
    expect(reachInWords(reach)).toBe(expected);
  });
});

describe('reachInWords as a direct label', () => {
  it.each([
    [{ median: 4, p05: 4, p95: 4 }, '4'],
    [{ median: 100_271_000, p05: 100_271_000, p95: 100_271_000 }, '100,271,000'],
    [{ median: 3578, p05: 3313, p95: 3847 }, '≈ 3,580 (3,310–3,850)'],
    [{ median: 203_987_396, p05: 196_448_832, p95: 211_743_982 }, '≈ 204 million (196–212 million)'],
    // An estimate whose interval rounds away is still marked as an estimate.
    [{ median: 3578, p05: 3577, p95: 3579 }, '≈ 3,580'],
  ])('reachInWords(%o, true) is %j', (reach, expected) => {
    expect(reachInWords(reach, true)).toBe(expected);
  });
});

describe('describeReachChart', () => {
  it('names the scale, the smallest and largest scope and the reference lines', () => {
    expect(describeReachChart(SMALL_MIDDLE_LARGE, [GERMANY, HONG_KONG])).toBe(
      "Three scopes on a log scale from 1 person to China's population of 1.41 billion. " +
        "Smallest: \u2068Named officials\u2069, 4 people, <0.01% of China's population. " +
        'Largest: \u2068All members, spouses and children under 21\u2069, about 204 million people (196–212 million), ' +
        "14.5% (13.9–15.0%) of China's population. " +
        'Ranges in brackets are 90% intervals. ' +
        'Reference lines: Germany, 83.5 million; Hong Kong, 7.53 million.',
    );
  });

  it('describes a single scope in one sentence, and leaves out intervals and lines when there are none', () => {
    const named = makeScopeRecord('named', 'Named officials', 4, [4, 4, 4]);
    expect(describeReachChart([named], [])).toBe(
      // One scope is within 100× of itself: the axis is linear, to a round count above it.
      'One scope on a linear scale from 0 to 10 people. ' +
        "\u2068Named officials\u2069, 4 people, <0.01% of China's population.",
    );
  });

  it('says when there is nothing to show', () => {
    expect(describeReachChart([], [GERMANY])).toBe('No scopes to show.');
  });
});

describe('describeShareChart', () => {
  it('names the basis and the smallest and largest share', () => {
    expect(describeShareChart(SMALL_MIDDLE_LARGE, 'adults')).toBe(
      "Three scopes as a share of China's adults, on a scale from 0 to 100%. " +
        'Smallest: \u2068Named officials\u2069, <0.01%. ' +
        'Largest: \u2068All members, spouses and children under 21\u2069, 18.4% (17.7–19.1%). ' +
        'Ranges in brackets are 90% intervals.',
    );
  });

  it('says where a fitted axis ends', () => {
    expect(describeShareChart(SMALL_MIDDLE_LARGE, 'population', false)).toMatch(/on a scale from 0 to 20%\./);
  });

  it('says when there is nothing to show', () => {
    expect(describeShareChart([], 'population')).toBe('No scopes to show.');
  });
});

describe('labels inside the descriptions', () => {
  it('are isolated, so a direction override in a label cannot reorder the numbers after it', () => {
    const evil = { ...SMALL_MIDDLE_LARGE[0]!, label: '\u202Eevil' };
    const text = describeReachChart([evil], []);
    expect(text).toContain('\u2068\u202Eevil\u2069, 4 people');
  });
});
