import { decodeLink, linkPresetId, type DecodedLink } from '../link/decodeLink';
import { ScenarioState, type Estimator } from '../state/ScenarioState.svelte';
import { fetchPresets } from './bundledPresets';
import { yieldToBrowser } from './yieldToBrowser';

/**
 * The page's state, opened on an address (`pageAddress`): the presets it needs downloaded, its
 * link read once (after that the page's state writes the address, not the reverse), and its first
 * numbers ready to draw. The browser (`src/main.ts`) and the build-time render of the page
 * (`src/renderStaticPage.ts`) open a page through this one function, so both show one scenario.
 *
 * @param address a link's query and fragment ("?v=2&p=…"); empty for the default preset
 * @param estimator where estimates are made
 * @param onDecoded called with the link as read, before its numbers are estimated
 */
export async function openScenarioState(
  address: string,
  estimator: Estimator,
  onDecoded?: (link: DecodedLink) => void,
): Promise<ScenarioState> {
  const presets = await fetchPresets([linkPresetId(address)]);
  await yieldToBrowser();
  const opened = await decodeLink(address, presets);
  onDecoded?.(opened);
  const scenarioState = new ScenarioState(estimator, presets, opened, fetchPresets);
  await scenarioState.prepareEstimate();
  return scenarioState;
}
