import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkClaims } from '../../src/claims/checkClaims';
import { describeReading } from '../../src/claims/claimedAmount';
import { claimsOnChart } from '../../src/claims/claimsOnChart';
import { parseClaims } from '../../src/claims/parseClaims';
import { SHIPPED_CLAIMS } from '../../src/claims/shippedClaims';
import { verdict } from '../../src/claims/verdict';
import { CLAIMS } from '../../src/i18n/en/claims';
import { useTranslations } from '../../src/i18n/wordsFor';
import { TRANSLATIONS } from '../../src/i18n/zh-Hans/translations';
import type { Scenario } from '../../src/scenario/scenario';
import { loadPreset, PRESET_FILES } from '../helpers/presets';

const preset = loadPreset('member-visa-ban-2020.json');
const scopesOf = (scenario: Scenario) => scenario.scopes.map((scope) => ({ id: scope.id, population: 1.4e9 }));

describe('the claims in Chinese', () => {
  beforeEach(() => useTranslations('zh-Hans', TRANSLATIONS));
  afterEach(() => useTranslations('en', {}));

  it('gives every shipped claim its translation, and nothing for a claim that is not shipped', () => {
    const ids = SHIPPED_CLAIMS.claims.map((claim) => claim.id);
    expect(Object.keys(TRANSLATIONS.claims.said).sort()).toEqual([...ids].sort());
    expect(CLAIMS.said).toEqual({});
  });

  it('says a verdict with 万/亿 and Chinese punctuation', () => {
    const model = { median: 189e6, p05: 183e6, p95: 196e6 };
    expect(
      verdict({ low: 270e6, high: 270e6 }, model, { subject: '党员、配偶和21岁以下子女', unit: 'people' }).reason,
    ).toBe('模型估计党员、配偶和21岁以下子女为1.89亿（1.83–1.96亿）；所称的2.7亿是中位数的1.4倍。');
    expect(
      verdict({ low: 0, high: 97 }, { median: 16, p05: 16, p95: 16 }, { subject: 'x', unit: 'countries' }).reason,
    ).toBe('模型估计x为16个国家；所称的0–97个国家涵盖整个90%区间。');
  });

  it('reads a hedge in Chinese', () => {
    expect(describeReading({ hedge: 'fraction', denominator: 4 }, 'share')).toBe(
      '“四分之一”：比五分之一或三分之一更接近四分之一的任何比例：22.5–29.2%。',
    );
    expect(describeReading({ hedge: 'up-to', value: 270e6, step: 10e6 }, 'people')).toContain('“多达”2.7亿');
  });

  it('sums up the readings in Chinese', () => {
    const parsed = parseClaims(SHIPPED_CLAIMS);
    if (!parsed.ok) throw new Error('the shipped claims do not parse');
    const checks = checkClaims(parsed.value, PRESET_FILES.map(loadPreset), { samples: 200 });
    const nyt = checks.find((check) => check.id === 'nyt-roughly-270-million')!;
    expect(nyt.summary.text).toMatch(/^按该措施自身的界定——.+——这一说法偏高（\d\.\d倍）。/);
    expect(nyt.hedgeReading).toMatch(/^“约”2\.7亿：.+：2\.65–2\.75亿。$/);
  });

  it('names the claims on the chart in Chinese', () => {
    const drawn = claimsOnChart(SHIPPED_CLAIMS, preset, preset, scopesOf(preset));
    const matador = drawn.find((claim) => claim.id === 'matador-up-to-270-million');
    expect(matador?.name).toBe('“旅行禁令可能波及多达2.7亿人”');
    expect(matador?.detail).toBe('Eben Diskin，Matador Network，2020年');
  });
});
