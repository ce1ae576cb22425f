import { afterEach, describe, expect, it } from 'vitest';
import { placeHistogram } from '../../src/charts/geometry/placeHistogram';
import { placeReachChart } from '../../src/charts/geometry/placeReachChart';
import { placeShareChart } from '../../src/charts/geometry/placeShareChart';
import { useTranslations } from '../../src/i18n/wordsFor';
import { TRANSLATIONS as HANS } from '../../src/i18n/zh-Hans/translations';
import { TRANSLATIONS as HANT } from '../../src/i18n/zh-Hant/translations';
import { SMALL_MIDDLE_LARGE } from '../charts/makeScopeRecord';

const GERMANY = { id: 'de', label: '德国', value: 83_516_593, asOf: '2024', shownByDefault: true };
/** Every text a placed chart draws or says, one string. */
const textOf = (chart: unknown) => JSON.stringify(chart);

afterEach(() => useTranslations('en', {}));

describe('the charts in the Chinese edition', () => {
  it('write their titles, keys, labels and descriptions in Chinese, counts in 万 and 亿', () => {
    useTranslations('zh-Hans', HANS);
    const chart = placeReachChart(SMALL_MIDDLE_LARGE, [GERMANY], 800);
    expect(chart.axis.title.lines.join('')).toContain('波及人数（对数刻度');
    expect(chart.key.map((item) => item.text)).toContain('90%区间');
    expect(chart.references[0]!.text).toBe('德国 8350万');
    // The log axis counts in 万 and 亿 too, not "1M" and "1B".
    expect(chart.axis.ticks.flatMap((tick) => tick.label?.lines ?? [])).toEqual(
      expect.arrayContaining(['1', '1万', '100万', '1亿']),
    );
    expect(chart.description).toMatch(/^3个范围，对数刻度，从1人到中国人口14.1亿。最小：/);
    expect(textOf(chart.rows.map((row) => row.label?.lines))).toMatch(/亿|万/);
    // No English word is left in what the chart says.
    const said = [...chart.key.map((item) => item.text), ...chart.axis.title.lines, chart.description];
    // (The scope labels are the test's own, in English.)
    expect(said.join(' ').replaceAll(/⁨[^⁩]*⁩/g, '')).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('in Traditional characters for zh-Hant', () => {
    useTranslations('zh-Hant', HANT);
    const chart = placeShareChart(SMALL_MIDDLE_LARGE, 'population', 800);
    expect(chart.axis.title.lines.join('')).toContain('佔中國人口的比例');
  });

  it('the histogram too', () => {
    useTranslations('zh-Hans', HANS);
    const draws = Float64Array.from({ length: 1000 }, (_, i) => 1.8e8 + i * 2e4);
    const chart = placeHistogram(draws, 600, { median: 1.9e8, p05: 1.81e8, p95: 1.99e8 });
    expect(chart.median.label.lines[0]).toBe('中位数 1.9亿');
    expect(chart.description).toContain('1,000次抽样的直方图');
  });

  it('and English is as it was once the edition is set back', () => {
    useTranslations('zh-Hans', HANS);
    useTranslations('en', {});
    expect(placeReachChart(SMALL_MIDDLE_LARGE, [], 800).axis.title.lines.join(' ')).toContain('People reached');
  });
});
