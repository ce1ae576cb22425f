import type { Source } from './source';

/**
 * What each reading of an undefined word for family rests on, and where each word is used, by id
 * (see `familyReadings.ts`). Kept apart from the readings the model and the labels need: the page
 * loads these only with the scope editor and the method panel's list.
 */

const INA_CHILD: Source = {
  title: 'Immigration and Nationality Act §101(b)(1), 8 U.S.C. 1101(b)(1): "child" means an unmarried person under 21',
  url: 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title8-section1101&num=0&edition=prelim',
};
const INA_IMMEDIATE_RELATIVES: Source = {
  title: 'Immigration and Nationality Act §201(b)(2)(A)(i), 8 U.S.C. 1151(b)(2)(A)(i): "immediate relatives"',
  url: 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title8-section1151&num=0&edition=prelim',
};
const VISA_RULE_TRACKER: Source = {
  title:
    'Immigration Policy Tracking Project: State Department limits visas for Party members, spouses and children under 21 (2020-12)',
  url: 'https://immpolicytracking.org/policies/dos-tightens-visa-restrictions-chinese-communist-party-members/',
};
const STOP_CCP_ACT: Source = {
  title: 'H.R. 3334 (118th), STOP CCP Act, as passed by the House: section 4(a)(3)',
  url: 'https://www.congress.gov/118/bills/hr3334/BILLS-118hr3334eh.htm',
};

/** The text or usage each reading rests on, with sources, by reading id. */
export const READING_SOURCES: Readonly<Record<string, { basis: string; sources: readonly Source[] }>> = {
  spouse: {
    basis:
      'The narrowest reading: husband or wife. The State Department named only the spouse when it barred one official "and his immediate family" in December 2020.',
    sources: [],
  },
  'spouse-children-under-21': {
    basis:
      'US immigration law\'s "child": unmarried and under 21. Whom the State Department\'s visa limit of December 2020 covered with members (as the Immigration Policy Tracking Project reads its footnote).',
    sources: [INA_CHILD, VISA_RULE_TRACKER],
  },
  'spouse-children': {
    basis: 'The family as parents and their children, grown up or not.',
    sources: [],
  },
  'immediate-relatives': {
    basis:
      'US immigration law\'s "immediate relatives": "the children, spouses, and parents" of a citizen, a child being under 21.',
    sources: [INA_IMMEDIATE_RELATIVES, INA_CHILD],
  },
  'spouse-children-parents': {
    basis: "Three generations: the member's parents, spouse and children of any age.",
    sources: [],
  },
  'spouse-children-parents-siblings': {
    basis: 'Everyday usage of "immediate family": parents, brothers and sisters, spouse and children.',
    sources: [],
  },
  'with-parents-in-law': {
    basis: 'Three generations on both sides of the marriage.',
    sources: [],
  },
  extended: {
    basis: 'Everyone in the two families a marriage joins, up to brothers and sisters.',
    sources: [],
  },
  'adult-nuclear': {
    basis: "The household: the spouse named in the bill and the member's children who are adults.",
    sources: [STOP_CCP_ACT],
  },
  'adult-close': {
    basis:
      'The member\'s close adult relatives and the same for the spouse, as the bill\'s "adult family member of the spouse" adds.',
    sources: [STOP_CCP_ACT],
  },
  'adult-wide': {
    basis:
      "A wide reading the words allow: adults related by blood or marriage in the member's generation and the next, including children's and siblings' spouses and nieces and nephews. The bill sets no limit.",
    sources: [STOP_CCP_ACT],
  },
};

/** Where each undefined word is used, and what is known of its meaning, by term id. */
export const TERM_USES: Readonly<Record<string, string>> = {
  families:
    'The visa ban on all Party members "and their families" debated in July 2020. No definition was published; the administration\'s estimate of "as many as 270 million people" did not say whom it counted.',
  'immediate-family':
    'Section 7031(c) entry bars ("officials … and their immediate family members") and the State Department\'s December 2020 visa limit for Party members "and their immediate family members". Neither the statute nor the statements define the term.',
  'adult-family-member':
    'The STOP CCP Act, section 4(a)(3): "each person who is an adult family member, including a spouse or an adult family member of the spouse". The bill defines neither term.',
};
