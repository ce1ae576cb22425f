// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import PrintSheet from '../../src/app/PrintSheet.svelte';
import ResultsTable from '../../src/app/ResultsTable.svelte';
import { CATALOGUE_VERSION } from '../../src/data/catalogue';
import { TRANSLATIONS } from '../../src/i18n/zh-Hans/translations';
import { useTranslations } from '../../src/i18n/wordsFor';
import { estimateReach } from '../../src/model/estimateReach';
import { chartSourceLine } from '../../src/report/chartSourceLine';
import { citationText } from '../../src/report/citationText';
import { describeFinding } from '../../src/report/describeFinding';
import { describeProvenance } from '../../src/report/describeProvenance';
import { estimateRecord, type EstimateRecord } from '../../src/report/estimateRecord';
import { intervalCoverageText, intervalNote } from '../../src/report/intervalCoverage';
import { resultsCsv } from '../../src/report/resultsCsv';
import { summarizeScope } from '../../src/report/summarizeScope';
import { demographicRanges, resolveScenario } from '../../src/scenario/resolveScenario';
import { makeScopeRecord, SMALL_MIDDLE_LARGE } from '../charts/makeScopeRecord';
import { ScenarioState } from '../../src/state/ScenarioState.svelte';
import { loadPreset, PRESET_FILES } from '../helpers/presets';

const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');
const fixedRatio = () => ({ median: 903.2, p05: 838.1, p95: 973.4 });

describe('the report in Simplified Chinese', () => {
  beforeEach(() => useTranslations('zh-Hans', TRANSLATIONS));
  afterEach(() => useTranslations('en', {}));

  it('writes the finding with 万 and 亿, 倍 and Chinese punctuation', () => {
    expect(plain(describeFinding(SMALL_MIDDLE_LARGE, fixedRatio).sentence)).toBe(
      'All members, spouses and children under 21将波及约2.04亿人（1.96–2.12亿），为“Named officials”的903倍（838–973）。',
    );
    const exact = [makeScopeRecord('m', '全体党员', 100_271_000, [100_271_000, 100_271_000, 100_271_000])];
    expect(plain(describeFinding(exact, () => undefined).sentence)).toBe(
      '全体党员将波及10027.1万人，占中国人口的7.12%。',
    );
  });

  it("says each scope in one sentence, the interval's limits and where the numbers come from", () => {
    const scenario = loadPreset('scope-ladder.json');
    const record = estimateRecord(scenario, estimateReach(resolveScenario(scenario)), CATALOGUE_VERSION);
    const sentences = record.results.map((result, i) => summarizeScope(result, scenario.scopes[i]!));
    expect(sentences[0]).toBe('波及4人：被点名官员4人（另有1个实体），不含亲属；约占中国人口的3.53亿分之一。');
    expect(sentences[4]).toMatch(
      /^波及约3,\d{3}人（3,\d{3}–3,\d{3}）：.*每人平均约有8\.8\d?名亲属计入（.*该词3种解读下为/,
    );
    expect(intervalNote()).toMatch(/^90%区间只反映输入数据的不确定性/);
    expect(intervalCoverageText()).toMatch(/^90%区间涵盖所有不确定输入的取值范围.*不涵盖：.*。$/);
    expect(chartSourceLine({ catalogueVersion: '2026-11-23', samples: 10_000, seed: 2026 })).toBe(
      '来源：Sanction Scope估算，数据目录2026-11-23；10,000次抽样的中位数和90%区间（随机种子2026）。',
    );

    const edited = { ...scenario, seed: 7 };
    const provenance = describeProvenance(edited, scenario);
    expect(provenance.shownTitle).toBe(`${scenario.title}（已修改）`);
    expect(plain(provenance.line)).toBe(`改自预设情景“${scenario.title}”：随机种子为7（预设情景为${scenario.seed}）。`);

    const csv = resultsCsv(record, scenario, demographicRanges(scenario), 'https://example.org/?p=x', provenance);
    expect(csv.split('\r\n')[0]).toMatch(/^范围ID,范围,年份,直接受制裁人数p05,/);
  });

  it('cites in the edition, keeping the citation styles and the title as written', () => {
    const input = {
      title: 'The scope ladder',
      version: '0.1.0',
      catalogueVersion: '2026-11-23',
      seed: 2026,
      samples: 10_000,
      url: 'https://example.org/?v=2&p=scope-ladder&lang=zh-Hans',
      accessed: new Date('2026-11-24T12:00:00Z'),
    };
    expect(citationText(input, 'apa')).toMatch(
      /^Sanction Scope\. \(2026\)\. The scope ladder \[估算，版本0\.1\.0；数据目录2026-11-23；随机种子2026，10,000次抽样\]。数据：中国共产党党内统计公报.*检索于2026年11月24日，来源：https:/,
    );
    expect(citationText(input, 'bibtex')).toContain('  language = {Chinese},');
  });

  it('heads the results table in Chinese, with counts in 万 and 亿', () => {
    const record: EstimateRecord = {
      scenario: { id: 'test', title: 'Test', seed: 1, samples: 10_000, catalogueVersion: '2026-11-26' },
      results: SMALL_MIDDLE_LARGE,
    };
    render(ResultsTable, { props: { record } });
    expect(screen.getByRole('table', { name: '各范围的波及人数' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '波及人数（90%区间）' })).toBeTruthy();
    expect(screen.getByText('2.04亿（1.96–2.12亿）')).toBeTruthy();
    expect(screen.getByLabelText('显示全部列（10）')).toBeTruthy();
  });

  it('prints the sheet in Chinese: its masthead, assumptions, citation and what the intervals leave out', async () => {
    const state = new ScenarioState(
      { later: async (inputs) => estimateReach(inputs) },
      PRESET_FILES.map(loadPreset),
      'scope-ladder',
    );
    await state.prepareEstimate();
    const link = 'https://example.org/?v=2&p=scope-ladder&lang=zh-Hans';
    const { container } = render(PrintSheet, { props: { scenarioState: state, shareFullScale: false, link } });
    expect(container.querySelector('.masthead')).toHaveTextContent(
      'Sanction Scope：如果一国政府制裁这一群体，实际会波及多少人？',
    );
    expect(screen.getByRole('heading', { name: '假设' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '符合法定标准' })).toBeTruthy();
    expect(container.querySelector('.citation')).toHaveTextContent(/^引用格式： Sanction Scope\. \(\d{4}\)\./);
    expect(container.querySelector('.credit')).toHaveTextContent(/^90%区间只反映/);
  });
});
