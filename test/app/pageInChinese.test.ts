// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import App from '../../src/app/App.svelte';
import ReferenceToggles from '../../src/app/ReferenceToggles.svelte';
import { loadPresets } from '../../src/app/loadPresets';
import { referenceLines } from '../../src/data/referenceLines';
import { useTranslations } from '../../src/i18n/wordsFor';
import { TRANSLATIONS } from '../../src/i18n/zh-Hans/translations';
import { showStartFailure } from '../../src/page/showStartFailure';
import { ScenarioState } from '../../src/state/ScenarioState.svelte';
import { loadPreset, PRESET_FILES } from '../helpers/presets';
import { ON_THE_SPOT } from '../helpers/onTheSpot';

const presets = () =>
  loadPresets(Object.fromEntries(PRESET_FILES.map((file) => [`/scenarios/${file}`, loadPreset(file)])));

afterEach(() => {
  useTranslations('en', {});
  document.body.innerHTML = '';
});

describe('the page in Simplified Chinese', () => {
  it('names its tabs, picker, history, view controls and language switch in Chinese', () => {
    useTranslations('zh-Hans', TRANSLATIONS);
    render(App, { props: { scenarioState: new ScenarioState(ON_THE_SPOT, presets()) } });
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      '图表',
      '表格',
      '说法',
      '影响因素',
      '假设',
      '来源',
    ]);
    expect(screen.getByRole('tablist')).toHaveAccessibleName('本情景的各个视图');
    expect(screen.getByLabelText('情景')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: '从零开始' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '编辑历史' })).toHaveTextContent('撤销 重做');
    expect(screen.getByRole('radio', { name: '波及人数' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '占中国人口比例' })).toBeInTheDocument();
    expect(screen.getByText(/^参照线（已选\d+条）$/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '跳至结论' })).toBeInTheDocument();
    const switcher = screen.getByRole('navigation', { name: '语言' });
    expect(switcher.querySelector('[aria-current="true"]')).toHaveTextContent('简体中文');
  });

  it('writes reference lines with Chinese brackets and counts in 万 and 亿', () => {
    useTranslations('zh-Hans', TRANSLATIONS);
    const lines = referenceLines(2024);
    render(ReferenceToggles, { props: { lines, shown: [], onchange: () => {} } });
    expect(screen.getByRole('group', { name: '参照线' })).toBeInTheDocument();
    // The lines' own names belong to the data area: only the count and its brackets are the page's.
    expect(screen.getByRole('checkbox', { name: /^\S.*（8350万）$/ })).toBeInTheDocument();
    // A name that ends in brackets takes a comma.
    expect(screen.getByRole('checkbox', { name: /[)）]，14\.1亿$/ })).toBeInTheDocument();
  });

  it('says a page could not start in Chinese once its words are at hand', () => {
    useTranslations('zh-Hans', TRANSLATIONS);
    const target = document.createElement('div');
    showStartFailure(target, new Error('offline'), 'app');
    expect(target).toHaveTextContent('Sanction Scope 无法加载。');
    expect(target).toHaveTextContent('详情：offline');
    expect(target.querySelector('button')).toHaveTextContent('重试');
  });
});
