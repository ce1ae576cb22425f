import { encodeLink } from '../../src/link/encodeLink';
import type { LinkState } from '../../src/link/linkState';
import { DEFAULT_REFERENCE_IDS } from '../../src/data/referenceLines';
import { freshScopeId, newScope, scratchScenario } from '../../src/scenario/newScope';
import { MAX_SCOPES, READER_RATIONALE, type Scenario } from '../../src/scenario/scenario';
import { PRESETS } from './linkArbitraries';

const range = (low: number, mode: number, high: number) => ({ low, mode, high, rationale: READER_RATIONALE });

function presetState(id: string | null, edit: (scenario: Scenario) => void = () => {}): LinkState {
  const scenario = structuredClone(PRESETS.find((p) => p.id === id) ?? scratchScenario());
  edit(scenario);
  return {
    scenario,
    presetId: id,
    view: 'reach',
    shareBasis: 'population',
    shownReferenceIds: [...DEFAULT_REFERENCE_IDS],
    showClaims: true,
  };
}

/** `length` Chinese characters, varied and repeatable. */
export function chineseText(length: number, offset = 0): string {
  const phrase = '中央委员会委员及其成年家庭成员签证禁令资产冻结配偶子女父母兄弟姐妹';
  return Array.from({ length }, (_, i) => phrase[(i + offset) % phrase.length]).join('');
}

/**
 * Links as readers share them, one per path through the format: an assumption edited; a family
 * rule, seed and draws changed; an author's title, description and label; twelve scopes with long
 * Chinese names (the compact form); a scenario built from scratch with every view option set.
 */
export function realisticLinkStates(): { name: string; state: LinkState }[] {
  return [
    {
      name: 'ladder, one assumption',
      state: presetState('scope-ladder', (s) => void (s.assumptions.marriedShare31to60 = range(0.85, 0.91, 0.94))),
    },
    {
      name: 'December 2020 rule, parents added, seed and draws changed',
      state: presetState('visa-rule-2020', (s) => {
        s.scopes[0]!.family = [...s.scopes[0]!.family, 'parent'];
        s.seed = 7;
        s.samples = 20_000;
      }),
    },
    {
      name: 'STOP CCP Act, retitled with a label and a waiver',
      state: presetState('stop-ccp-act', (s) => {
        s.title = 'Verified: the STOP CCP Act reaches 270 million';
        s.description = 'A description its author wrote, with “quotes” & ampersands; 100% theirs.';
        s.scopes[1]!.label = 'CC & family';
        s.scopes[1]!.waiverShare = range(0.1, 0.2, 0.3);
      }),
    },
    {
      name: '12 scopes with Chinese labels',
      state: presetState('scope-ladder', (s) => {
        while (s.scopes.length < MAX_SCOPES) {
          const source = s.scopes[s.scopes.length % 7]!;
          const { description: _d, ...rest } = structuredClone(source);
          s.scopes.push({ ...rest, id: freshScopeId(s.scopes, source.id) });
        }
        s.scopes.forEach((scope, i) => (scope.label = chineseText(90, i)));
      }),
    },
    {
      name: 'from scratch, custom group, share view',
      state: {
        ...presetState(null, (s) => {
          s.scopes.push({
            ...newScope(freshScopeId(s.scopes)),
            label: 'Hong Kong officials',
            base: {
              kind: 'custom',
              groupLabel: 'Senior officials',
              people: range(300, 400, 500),
              entities: 3,
              year: 2024,
              ageProfileId: 'party-members-2022',
            },
          });
        }),
        view: 'share',
        shareBasis: 'adults',
        shownReferenceIds: ['china', 'hong-kong-population-2024'],
      },
    },
  ];
}

/** The realistic links as written by the app. */
export const realisticLinks = () =>
  realisticLinkStates().map(({ name, state }) => ({ name, state, link: encodeLink(state, PRESETS) }));
