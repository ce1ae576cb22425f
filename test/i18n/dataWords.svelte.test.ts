// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import FamilyReadingsList from '../../src/app/FamilyReadingsList.svelte';
import FiguresTable from '../../src/app/FiguresTable.svelte';
import MethodPanel from '../../src/app/MethodPanel.svelte';
import { presetIndex } from '../../src/app/presetIndex';
import { groupById } from '../../src/data/catalogue';
import { referenceLines } from '../../src/data/referenceLines';
import { shown, shownScenario } from '../../src/data/shownText';
import { useTranslations } from '../../src/i18n/wordsFor';
import { TRANSLATIONS } from '../../src/i18n/zh-Hans/translations';
import { TRANSLATIONS as HANT } from '../../src/i18n/zh-Hant/translations';
import { ScenarioState } from '../../src/state/ScenarioState.svelte';
import { inEffectRoot } from '../helpers/inEffectRoot.svelte';
import { ON_THE_SPOT } from '../helpers/onTheSpot';
import { loadPreset, PRESET_FILES } from '../helpers/presets';

const presets = PRESET_FILES.map(loadPreset);
const ladder = presets.find((preset) => preset.id === 'scope-ladder')!;

afterEach(() => useTranslations('en', {}));

describe('the data area in Chinese', () => {
  it('names the catalogue in Chinese, by id, with the glossary’s bodies and years written in', () => {
    useTranslations('zh-Hans', TRANSLATIONS);
    const group = groupById('politburo-standing-committee-20')!;
    expect(shown('groups', group.id, group.label)).toBe('第二十届中央政治局常务委员会');
    expect(shown('figureLabels', 'party-members-2019', 'Party members, end 2019')).toBe('2019年底党员总数');
    expect(shown('figureLabels', 'no-such-figure', 'As it was')).toBe('As it was');
    const labels = referenceLines(2024).map((line) => line.label);
    expect(labels).toContain('中国（2024年）');
    expect(labels).toContain('德国');
    expect(presetIndex()[0]!.title).toBe('范围阶梯：从四名被点名官员到全体党员及其家属');
  });

  it('writes the Traditional edition with its own characters', () => {
    useTranslations('zh-Hant', HANT);
    expect(shown('groups', 'politburo-20', '20th Politburo')).toBe('第二十屆中央政治局');
  });

  it('keeps English as the records say it', () => {
    expect(shown('groups', 'politburo-20', '20th Politburo')).toBe('20th Politburo');
    expect(referenceLines(2024)[0]!.label).toBe('China (2024)');
    expect(shownScenario(ladder, ladder)).toBe(ladder);
  });

  it('translates a preset’s own words only, keeping what a reader wrote', () => {
    useTranslations('zh-Hans', TRANSLATIONS);
    const edited = { ...ladder, scopes: ladder.scopes.map((s, i) => (i === 0 ? { ...s, label: 'My own' } : s)) };
    const text = shownScenario(edited, ladder);
    expect(text.title).toBe('范围阶梯：从四名被点名官员到全体党员及其家属');
    expect(text.scopes[0]!.label).toBe('My own');
    expect(text.scopes[1]!.label).toBe('中央政治局常务委员会');
    expect(edited.scopes[1]!.label).toBe('Politburo Standing Committee');
  });

  it('shows the preset in Chinese on the page without changing the scenario, its link or its provenance', () => {
    useTranslations('zh-Hans', TRANSLATIONS);
    inEffectRoot(() => {
      const state = new ScenarioState(ON_THE_SPOT, presets, 'scope-ladder');
      expect(state.record.results[1]!.label).toBe('中央政治局常务委员会');
      expect(state.provenance.kind).toBe('preset');
      expect(state.provenance.shownTitle).toBe('范围阶梯：从四名被点名官员到全体党员及其家属');
      expect(state.shownDescription).toMatch(/^2020年至2024年间/);
      expect(state.scenario.scopes[1]!.label).toBe('Politburo Standing Committee');
      expect(state.linkState.scenario.title).toBe(ladder.title);
      state.updateScope(1, { label: 'Renamed' });
      flushSync();
      expect(state.record.results[1]!.label).toBe('Renamed');
      expect(state.provenance.kind).toBe('modified');
    });
  });

  it('draws the method panel and the figures table in Chinese', () => {
    useTranslations('zh-Hans', TRANSLATIONS);
    const method = render(MethodPanel);
    expect(screen.getByRole('heading', { name: '90%区间涵盖什么' })).toBeInTheDocument();
    expect(screen.getByText(/^数据目录，版本/)).toBeInTheDocument();
    method.unmount();
    render(FiguresTable);
    expect(screen.getByRole('region', { name: '数据目录' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: '2024年底党员总数' })).toBeInTheDocument();
    expect(screen.getAllByText('10027.1万').length).toBeGreaterThan(0);
  });

  it('lists the readings of family words in Chinese', () => {
    useTranslations('zh-Hans', TRANSLATIONS);
    render(FamilyReadingsList);
    expect(screen.getByRole('heading', { name: '“直系亲属”' })).toBeInTheDocument();
    expect(screen.getAllByText('配偶及21岁以下子女').length).toBeGreaterThan(0);
  });
});
