// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import DesignationList from '../../src/app/DesignationList.svelte';
import { loadPresets } from '../../src/app/loadPresets';
import { DEMOGRAPHIC_ASSUMPTIONS } from '../../src/data/demographicAssumptions';
import AssumptionsPanel from '../../src/editor/AssumptionsPanel.svelte';
import ScopeEditor from '../../src/editor/ScopeEditor.svelte';
import { DEMOGRAPHIC_KEYS } from '../../src/model/demographicParameters';
import { useTranslations } from '../../src/i18n/wordsFor';
import { TRANSLATIONS } from '../../src/i18n/zh-Hans/translations';
import { ScenarioState } from '../../src/state/ScenarioState.svelte';
import { ON_THE_SPOT } from '../helpers/onTheSpot';
import { loadPreset, PRESET_FILES } from '../helpers/presets';

const newState = () =>
  new ScenarioState(ON_THE_SPOT, loadPresets(Object.fromEntries(PRESET_FILES.map((f) => [f, loadPreset(f)]))));

/** A range's box of its name and unit. */
const legendOf = (id: string) =>
  document.querySelector(`#assumption-${id}-low`)!.closest('fieldset')!.querySelector('legend')!;

afterEach(() => {
  useTranslations('en', {});
  document.body.innerHTML = '';
});

describe('the assumptions in Chinese', () => {
  it('names each assumption, its unit and its reason in Chinese; a source’s title stays English, marked so', () => {
    useTranslations('zh-Hans', TRANSLATIONS);
    render(AssumptionsPanel, { scenarioState: newState() });
    expect(legendOf('marriedShare31to60')).toHaveTextContent('已婚比例：31至60岁党员 （%）');
    expect(legendOf('spouseClusteringOddsRatio')).toHaveTextContent(
      '配偶同为党员的聚集程度（比值比） （比值比（1 = 无聚集））',
    );
    expect(legendOf('medianAgeAtDeathYears')).toHaveTextContent('成年人死亡年龄中位数 （岁）');
    expect(screen.getByText(/^出生时的预期寿命2019年为77\.3岁/)).toBeInTheDocument();
    const sources = screen.getAllByRole('link', { name: /^Zhejiang 2020 census/ });
    for (const source of sources) expect(source).toHaveAttribute('lang', 'en');
    // No assumption is left in English: every label and reason has its Chinese.
    for (const key of DEMOGRAPHIC_KEYS) {
      expect(document.body).not.toHaveTextContent(DEMOGRAPHIC_ASSUMPTIONS[key].label);
      expect(document.body).not.toHaveTextContent(DEMOGRAPHIC_ASSUMPTIONS[key].rationale);
    }
  });

  it('stays in English, with no lang on a source, in the English edition', () => {
    render(AssumptionsPanel, { scenarioState: newState() });
    expect(legendOf('medianAgeAtDeathYears')).toHaveTextContent('Median age at death of adults (years)');
    for (const source of screen.getAllByRole('link', { name: /^Zhejiang 2020 census/ }))
      expect(source).not.toHaveAttribute('lang');
  });

  it('says a preset’s own reasons for its ranges in Chinese, until the reader changes them', async () => {
    useTranslations('zh-Hans', TRANSLATIONS);
    const state = newState();
    await state.loadLinkEncoder();
    state.loadPreset('stop-ccp-act');
    render(ScopeEditor, { scenarioState: state, index: 0, scope: state.scenario.scopes[0]! });
    expect(screen.getByText(/^只有在总统认定某名委员有应受制裁行为/)).toBeInTheDocument();
    expect(screen.getByText(/^委员如已“明确放弃党籍”/)).toBeInTheDocument();
    expect(screen.getByText(/^领导人家属持有美国管辖范围内财产的情况/)).toBeInTheDocument();
  });

  it('keeps a reason the reader or a file wrote as written', async () => {
    useTranslations('zh-Hans', TRANSLATIONS);
    const state = newState();
    await state.loadLinkEncoder();
    state.loadPreset('stop-ccp-act');
    state.updateScope(0, { conductShare: { ...state.scenario.scopes[0]!.conductShare, rationale: 'My own reason.' } });
    render(ScopeEditor, { scenarioState: state, index: 0, scope: state.scenario.scopes[0]! });
    expect(screen.getByText('My own reason.')).toBeInTheDocument();
    expect(screen.queryByText(/^只有在总统认定某名委员有应受制裁行为/)).not.toBeInTheDocument();
  });

  it('has the Chinese for every reason a preset gives for its ranges (keyed by its English)', () => {
    const reasons = new Set<string>();
    for (const preset of PRESET_FILES.map(loadPreset))
      for (const scope of preset.scopes)
        for (const range of [scope.conductShare, scope.waiverShare, ...scope.instruments.map((i) => i.exposurePerYear)])
          if (range.rationale) reasons.add(range.rationale);
    expect([...reasons].filter((reason) => !(reason in TRANSLATIONS.data.presetReasons))).toEqual([]);
  });

  it('gives the designees’ positions in Chinese, the sources’ titles in English, marked so', () => {
    useTranslations('zh-Hans', TRANSLATIONS);
    render(DesignationList);
    expect(document.body).toHaveTextContent('陈全国（新疆维吾尔自治区党委书记）');
    expect(document.body).toHaveTextContent('王晨（全国人大常委会副委员长）');
    for (const link of screen.getAllByRole('link')) expect(link).toHaveAttribute('lang', 'en');
  });
});
