// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ClaimChecks from '../../src/app/ClaimChecks.svelte';
import { loadPresets } from '../../src/app/loadPresets';
import { useTranslations } from '../../src/i18n/wordsFor';
import { TRANSLATIONS } from '../../src/i18n/zh-Hans/translations';
import { ScenarioState } from '../../src/state/ScenarioState.svelte';
import { loadPreset, PRESET_FILES } from '../helpers/presets';
import { ON_THE_SPOT } from '../helpers/onTheSpot';

const presetFiles = () => Object.fromEntries(PRESET_FILES.map((file) => [`/scenarios/${file}`, loadPreset(file)]));

/** The Claims tab with every claim checked. */
async function renderChecks() {
  const scenarioState = new ScenarioState(ON_THE_SPOT, loadPresets(presetFiles()));
  const rendered = render(ClaimChecks, { props: { scenarioState } });
  await screen.findAllByRole('listitem', {}, { timeout: 60_000 });
  return rendered;
}

describe('ClaimChecks', () => {
  afterEach(() => useTranslations('en', {}));

  it('shows each quote as published with its Chinese translation beside it, marked as one', async () => {
    useTranslations('zh-Hans', TRANSLATIONS);
    const { container } = await renderChecks();
    const claim = container.querySelector('[data-claim-id="matador-up-to-270-million"]')!;
    expect(claim.querySelector('blockquote')).toHaveTextContent(
      '“The party has 92 million members, but the travel ban could affect up to 270 million people”',
    );
    expect(claim.querySelector('.translation')).toHaveTextContent(
      '该党有9200万党员，但旅行禁令可能波及多达2.7亿人（译文）',
    );
    expect(claim.querySelector('.who')).toHaveTextContent(
      /^Eben Diskin，2020年7月16日。来源：Eben Diskin, Matador Network/,
    );
    expect(claim).toHaveTextContent('所称数字');
    expect(claim).toHaveTextContent('“多达”2.7亿');
    expect(claim.querySelector('caption')).toHaveTextContent('各种解读下的结果（2019年）');
    expect(screen.getAllByRole('link', { name: '打开检验这一说法的情景' })).toHaveLength(7);
  }, 90_000);

  it('shows no translation in English', async () => {
    const { container } = await renderChecks();
    expect(container.querySelector('.translation')).toBeNull();
    expect(container.querySelector('[data-claim-id="matador-up-to-270-million"] .who')).toHaveTextContent(
      /^Eben Diskin, 2020-07-16\. Source: Eben Diskin, Matador Network/,
    );
  }, 90_000);
});
