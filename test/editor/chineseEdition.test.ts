// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ChangeCauses from '../../src/app/ChangeCauses.svelte';
import { loadPresets } from '../../src/app/loadPresets';
import ScopeEditor from '../../src/editor/ScopeEditor.svelte';
import { parseRangeDraft } from '../../src/editor/rangeDraft';
import { instrumentLabel, relationLabel } from '../../src/i18n/editorPart';
import { useTranslations } from '../../src/i18n/wordsFor';
import { TRANSLATIONS } from '../../src/i18n/zh-Hans/translations';
import { TRANSLATIONS as TRADITIONAL } from '../../src/i18n/zh-Hant/translations';
import { parseScenario } from '../../src/scenario/parseScenario';
import { ScenarioState } from '../../src/state/ScenarioState.svelte';
import { makeScopeRecord } from '../charts/makeScopeRecord';
import { ON_THE_SPOT } from '../helpers/onTheSpot';
import { loadPreset, PRESET_FILES } from '../helpers/presets';

const SHARE = { min: 0, max: 1, scale: 100, unit: '%' };

describe('the editor in Chinese', () => {
  beforeEach(() => useTranslations('zh-Hans', TRANSLATIONS));
  afterEach(() => useTranslations('en', {}));

  it('edits a new scope in Chinese, with the reasons the app wrote for it translated', async () => {
    const state = new ScenarioState(
      ON_THE_SPOT,
      loadPresets(Object.fromEntries(PRESET_FILES.map((f) => [f, loadPreset(f)]))),
    );
    await state.loadLinkEncoder();
    state.addScope();
    const index = state.scenario.scopes.length - 1;
    render(ScopeEditor, { scenarioState: state, index, scope: state.scenario.scopes[index]! });
    // The scope's name is the scenario's, as written.
    expect(screen.getByLabelText('范围名称')).toHaveValue(state.scenario.scopes[index]!.label);
    expect(screen.getByText('制裁对象')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: '被美国列入制裁名单的人员' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '配偶' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '签证禁令' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重置符合法律认定标准的比例' })).toBeInTheDocument();
    expect(screen.getByText('群体中的所有人都被涵盖。')).toBeInTheDocument();
    expect(screen.getAllByLabelText('最可能值').length).toBeGreaterThan(0);
  });

  it('refuses a bad range in Chinese', () => {
    const result = parseRangeDraft({ low: '5', mode: 'abc', high: '120' }, SHARE);
    expect(result.ok ? {} : result.errors).toEqual({
      mode: '最可能值：请输入数字，而不是“abc”。',
      high: '高值必须在0到100%之间。',
    });
  });

  it('lists what the edits moved, counts in 万 and 亿', () => {
    render(ChangeCauses, {
      results: [makeScopeRecord('c', 'Gamma', 92e6, [180e6, 168e6, 192e6])],
      origins: new Map([['c', 194e6]]),
      causes: { c: ['甲', '乙'] },
    });
    expect(screen.getByRole('list', { name: '您的修改带来的变化' }).textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Gamma：−1400万（预设情景为1.94亿），源于：甲；乙',
    );
  });

  it("says the scenario checks' problems in Chinese, field names as the file writes them", () => {
    expect(parseScenario([])).toEqual({
      ok: false,
      problems: [{ path: '', message: '情景必须是对象（{ ... }），不能是列表或单个值' }],
    });
    const preset = loadPreset(PRESET_FILES[0]!) as { title: string };
    const parsed = parseScenario({ ...preset, title: '  ' });
    expect(parsed.ok ? [] : parsed.problems).toContainEqual({ path: 'title', message: 'title 不能为空' });
  });

  it('names relations and measures in the edition, Traditional too', () => {
    expect([relationLabel('spouseParent'), instrumentLabel('assetBlock')]).toEqual(['配偶的父母', '资产冻结']);
    useTranslations('zh-Hant', TRADITIONAL);
    expect([relationLabel('spouseParent'), instrumentLabel('assetBlock')]).toEqual(['配偶的父母', '資產凍結']);
    useTranslations('en', {});
    expect([relationLabel('spouseParent'), instrumentLabel('assetBlock')]).toEqual(["Spouse's parents", 'Asset block']);
  });
});
