// @vitest-environment jsdom
// Mounted, though the embed's page renders it with Svelte's server renderer: the tests compile
// components for the browser, whose output that renderer cannot run. The markup is the same.
import { cleanup, render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUE_VERSION } from '../../src/data/catalogue';
import EmbedApp from '../../src/embed/EmbedApp.svelte';
import { embedChart } from '../../src/embed/embedChart';
import { useTranslations } from '../../src/i18n/wordsFor';
import { TRANSLATIONS as HANS } from '../../src/i18n/zh-Hans/translations';
import { decodeLink } from '../../src/link/decodeLink';
import { encodeLink } from '../../src/link/encodeLink';
import { presetLinkState } from '../../src/link/originScenario';
import { makePresetEstimate } from '../../src/report/makePresetEstimate';
import { loadPreset, PRESET_FILES } from '../helpers/presets';

const presets = PRESET_FILES.map(loadPreset);
const pause = async () => {};
const ladder = presets.find((preset) => preset.id === 'scope-ladder')!;
// The ladder's numbers as the build ships them: on the current catalogue, whatever the link's.
const shipped = makePresetEstimate(ladder);
/** The ladder as published, in a link signed as the app made it with figures catalogue `catalogue`. */
const ladderLink = (catalogue?: string) => encodeLink(presetLinkState('scope-ladder', presets), presets, catalogue);

/** The embed drawn for a link, and the chart it draws. */
async function drawn(query: string) {
  const decoded = await decodeLink(query, presets);
  const chart = await embedChart(decoded, presets, pause, shipped);
  return { chart, embed: render(EmbedApp, { props: { chart, appUrl: `./?${query}` } }).container };
}

/** The notices above the card, as the reader reads them. */
const notices = (embed: HTMLElement) =>
  [...embed.querySelectorAll('[role="alert"]')].map((p) => p.textContent.replaceAll(/\s+/g, ' ').trim());

afterEach(() => {
  cleanup();
  useTranslations('en', {});
});

describe('the embed of a link made with an older figures catalogue', () => {
  it('says so, and that its numbers are the current catalogue’s', async () => {
    const query = ladderLink('2026-11-23');
    expect(query).toContain('cv=20261123');
    const { chart, embed } = await drawn(query);
    expect(chart.olderCatalogue).toBe('2026-11-23');
    expect(chart.partlyUnread).toBe(false);
    expect(chart.record.scenario.catalogueVersion).toBe(CATALOGUE_VERSION);
    expect(notices(embed)).toEqual([
      `This chart's link was made with figures catalogue 2026-11-23; its numbers use the current one, ${CATALOGUE_VERSION}, and may differ from what its author saw. Details`,
    ]);
    // The details are on the page, opened by the same link, which tells the reader as much.
    expect(embed.querySelector('[role="alert"] a')?.getAttribute('href')).toBe(`./?${query}`);
  });

  it('draws the same numbers as the current link: it only says which catalogue they use', async () => {
    const older = await drawn(ladderLink('2026-11-23'));
    const current = await drawn(ladderLink());
    expect(older.chart.record).toEqual(current.chart.record);
    expect(older.chart.finding).toEqual(current.chart.finding);
  });

  it('says it in Chinese in the Chinese edition', async () => {
    useTranslations('zh-Hans', HANS);
    const { embed } = await drawn(ladderLink('2026-11-23'));
    expect(notices(embed)).toEqual([
      `此图表链接是用数据目录 2026-11-23 制作的；图中数字使用当前目录 ${CATALOGUE_VERSION}，可能与链接制作者当时看到的不同。 详情`,
    ]);
  });

  it('says it after what could not be read, in one notice with one link to the details', async () => {
    const { chart, embed } = await drawn(`${ladderLink('2026-11-23')}&view=pie`);
    expect(chart.partlyUnread).toBe(true);
    const [notice, ...others] = notices(embed);
    expect(others).toEqual([]);
    expect(notice).toMatch(
      /^Parts of this chart's link could not be read; .+ made with figures catalogue 2026-11-23; .+ Details$/,
    );
    expect(embed.querySelectorAll('[role="alert"] a')).toHaveLength(1);
  });
});

describe('the embed of a link made with the current figures catalogue', () => {
  it('shows no notice', async () => {
    const { chart, embed } = await drawn(ladderLink());
    expect(chart.olderCatalogue).toBeUndefined();
    expect(notices(embed)).toEqual([]);
    // The card is drawn all the same: the test looks where the notice would be.
    expect(embed.querySelector('.embed')).not.toBeNull();
  });
});
