// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import CompareLinks from '../../src/app/CompareLinks.svelte';
import EmbedDialog from '../../src/app/EmbedDialog.svelte';
import { savedPageHtml } from '../../src/app/savedPageHtml';
import { useTranslations } from '../../src/i18n/wordsFor';
import { TRANSLATIONS } from '../../src/i18n/zh-Hans/translations';
import { TRANSLATIONS as TRADITIONAL } from '../../src/i18n/zh-Hant/translations';
import { compareLinks } from '../../src/link/compareLinks';
import { checkLinkIntegrity } from '../../src/link/linkIntegrity';
import { linkLengthNote } from '../../src/link/linkLengthNote';
import { parsePairs } from '../../src/link/linkText';
import { readLink } from '../../src/link/readLink';
import type { ScenarioState } from '../../src/state/ScenarioState.svelte';
import { PRESETS } from '../helpers/linkArbitraries';
import { signed } from '../helpers/signedLink';
import { linkResults, presetLinkState } from '../helpers/presetLinkState';

const [state, results] = [presetLinkState, linkResults];

describe('the share area in Chinese', () => {
  beforeEach(() => useTranslations('zh-Hans', TRANSLATIONS));
  afterEach(() => useTranslations('en', {}));

  it('tells the reader in Chinese what a link lost or could not say', () => {
    const read = readLink(`${signed('v=2&p=scope-ladder&seed=x&view=pie')}&lang=fr`, PRESETS);
    expect(read.problems).toEqual([
      '此链接要求使用语言“fr”，但本页面没有该语言版本：页面以英文显示（可用的语言有“en”、“zh-Hans”、“zh-Hant”）。',
      expect.stringMatching(/^此链接中的随机种子无法读取；改用预设情景的随机种子（\d+），因此数字与链接中的不同。$/),
      '此链接中所选的图表无法读取；现显示波及人数图。',
    ]);
    const { pairs } = parsePairs('v=2&p=scope-ladder&ns=3&s=0&s=1&s=2_l~x');
    expect(checkLinkIntegrity(pairs, false).problems).toEqual([
      '此链接在第3个范围中间被截断：共3个范围中的第3个已缺失；前2个范围按链接所载显示。',
    ]);
    expect(linkLengthNote(10322)).toMatch(/^此链接长10,322个字符。/);
  });

  it('compares two links in Chinese, counts in 万 and 亿', async () => {
    const a = state('visa-rule-2020.json');
    const b = structuredClone(a);
    b.scenario.seed = 7;
    b.scenario.scopes[0]!.waiverShare = { low: 0.5, mode: 0.5, high: 0.5 };
    const comparison = compareLinks(a, b, results(a), results(b));
    expect(comparison.settings[0]).toEqual({ what: '随机种子', here: '20201202', there: '7' });
    expect(comparison.scopes[0]!.differences.map((d) => d.what)).toContain('获豁免比例');

    const { default: LinkComparison } = await import('../../src/app/LinkComparison.svelte');
    render(LinkComparison, { props: { here: a, hereResults: results(a), there: b } });
    const table = screen.getByRole('table', { name: '此页与第二个链接的对比' });
    expect(table).toHaveTextContent('随机种子（所有范围）');
    expect(table).toHaveTextContent(/\d亿人（[\d.]+–[\d.]+亿）/);
  });

  it('asks for a link in Chinese', async () => {
    const scenarioState = { presets: PRESETS } as unknown as ScenarioState;
    render(CompareLinks, { props: { scenarioState } });
    await fireEvent.submit(screen.getByLabelText('第二个分享链接').closest('form')!);
    expect(screen.getByRole('alert')).toHaveTextContent('请先粘贴一个Sanction Scope分享链接。');
  });

  it("embeds the chart in the page's language, and saves a page marked with it", () => {
    render(EmbedDialog, { props: { query: 'v=2&p=scope-ladder&cv=20261126&k=x&lang=zh-Hans', title: '梯度' } });
    expect(screen.getByRole('heading', { name: '嵌入此图表', hidden: true })).toBeInTheDocument();
    const code = screen.getByLabelText('嵌入代码') as HTMLTextAreaElement;
    expect(code.value).toMatch(
      /src="[^"]*embed\.html\?v=2&amp;p=scope-ladder&amp;cv=20261126&amp;k=x&amp;lang=zh-Hans"/,
    );
    expect(code.value).toContain('title="梯度"');
    expect(savedPageHtml('梯度', '', '')).toContain('<html lang="zh-Hans">');
  });

  it('says the same in Traditional characters', () => {
    useTranslations('zh-Hant', TRADITIONAL);
    expect(readLink(signed('v=2&p=scope-ladder&view=pie'), PRESETS).problems).toEqual([
      '此鏈接中所選的圖表無法讀取；現顯示波及人數圖。',
    ]);
    expect(savedPageHtml('t', '', '')).toContain('<html lang="zh-Hant">');
  });
});
