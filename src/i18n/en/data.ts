/**
 * Translations of the catalogue's records and the presets' own text, by id: empty in English,
 * where a record's own label is its English (`src/data/shownText.ts`). A `{year}` in a translation
 * stands for the year in the id it is found under ("party-members-{year}").
 */
type Table = Record<string, string>;

/** A preset's own words in another edition, by preset id: what `scenarios/<id>.json` says in English. */
export interface PresetWords {
  title: string;
  description: string;
  /** By scope id: the scope's label and, if it has one, its description. */
  scopes: Record<string, { label: string; description?: string }>;
}

/** The data area's words in English (see `wordsFor`): the method panel and the catalogue's lists. */
export const DATA = {
  /** The method in plain words, one paragraph each; the formulas stay as they are. */
  method: {
    core: "For each scope, the <strong>core</strong> is the base group times the share meeting the legal test, less those who escape by a waiver. Each core member has <strong>K</strong> covered relatives: the expected living spouses, children, parents, siblings and in-laws the family rule covers, worked out by age from the group's age profile (a member of 70 has adult children and few living parents; a member of 30 has young children and both parents).",
    reach:
      "<strong>Naive reach</strong> = core × (1 + K) counts every relative as if no one were shared. Relatives are shared and many are members themselves, so the <strong>people reached</strong> counts each person once. A share q of a member's adult relatives are members already: with p = core / A (A = China's adults) and clustering odds ratio ρ, <code>q = ρp / (1 − p + ρp)</code>, with one ρ for spouses and another for other relatives; no one under 18 is a member. The remaining links fall on the non-members, λ per person, and a person with any link is reached once: <code>1 − (1 + cλ)<sup>−1/c</sup></code>, where c, the clumping of shared relatives (a child of two members), is 0 for links at random (<code>1 − e<sup>−λ</sup></code>). It never exceeds China's population, and for small groups it equals core × (1 + K).",
    readings:
      "Where a law or a quote leaves its word for family undefined (“their families”, “immediate family members”, “adult family member”), the scope is estimated under every defensible reading on the same draws, and the range across readings is shown beside the chosen reading's interval.",
    draws:
      'Every input that is not an official count is a range (low, most likely, high). The estimate draws each range many times with a fixed seed, computes every scope on the same draws, and shows the median and the 90% interval (5th to 95th percentile). The same scenario and seed always give the same numbers.',
    covers: 'What a 90% interval covers',
    includes: (text: string) => `It includes ${text}`,
    leavesOut: 'It leaves out:',
    /** After each item left out. */
    itemEnd: ';',
    terms: (count: number) => `Readings of undefined words for family (${count} words)`,
    profiles: (count: number) => `Age profiles (${count})`,
    figures: (version: string, count: number) => `Figures catalogue, version ${version} (${count} figures)`,
    rounds: (count: number) => `US designations of Chinese officials (${count} rounds)`,
  },
  /** The figures table. */
  figures: {
    region: 'Figures catalogue',
    caption: 'Every sourced figure the estimates and charts use',
    figure: 'Figure',
    value: 'Value',
    asOf: 'As of',
    source: 'Source',
    derived: '* derived from official figures; the note says how.',
  },
  /** The designation list. */
  rounds: {
    spouse: 'Also bars the spouse',
    'immediate-family': 'Also bars “immediate family members”',
    'not-stated': 'No family wording found in the sources read',
    /** After a round's date and programme. */
    head: (date: string, programme: string) => `${date}, ${programme}:`,
    entity: 'entity',
    /** A designee and, in brackets, the role or "entity". */
    who: (name: string, role: string) => (role ? `${name} (${role})` : name),
    /** Between designees. */
    and: '; ',
    end: '.',
  },
  /** The age profile list. */
  profiles: {
    colon: ':',
    /** A profile's status (`AgeProfileSourcing`), by status. */
    status: { official: 'published', interpolated: 'interpolated', assumption: 'assumption' } as Record<string, string>,
    point: (age: number, percent: number) => `${age} (${percent}%)`,
    and: ', ',
  },
  /** Around a word for family, quoted. */
  quoted: (words: string) => `“${words}”`,
  /** Text in brackets. */
  bracket: (text: string) => `(${text})`,
  /** Between relatives in a list. */
  and: ', ',

  // The tables below are empty in English: see `Table`.
  /** Catalogue groups' labels, by group id. */
  groups: {} as Table,
  /** Catalogue groups' descriptions, by group id. */
  groupNotes: {} as Table,
  /** Catalogue figures' labels, by figure id. */
  figureLabels: {} as Table,
  /** Age profiles' labels, by profile id. */
  profileLabels: {} as Table,
  /** Family readings' labels, by reading id. */
  readingLabels: {} as Table,
  /** Undefined words for family, by term id. */
  termWords: {} as Table,
  /** Where each undefined word for family is used, by term id. */
  termUses: {} as Table,
  /** The kinship model's inputs' names, by key. */
  inputs: {} as Table,
  /** The inputs' units, by the unit's English. */
  units: {} as Table,
  /** The kinship model's inputs' reasons (the paragraph under each range), by key. */
  inputReasons: {} as Table,
  /** The reasons the presets give for their own ranges (`scenarios/<id>.json`), by the reason's English. */
  presetReasons: {} as Table,
  /** Reference lines' labels, by line id (`china-{year}` for the China lines). */
  lines: {} as Table,
  /** Designation rounds' short titles, by round id. */
  roundTitles: {} as Table,
  /** Sanctions programmes, by the programme's English. */
  programmes: {} as Table,
  /** Designees' names, by their English (Latin) spelling. */
  names: {} as Table,
  /** Designees' positions as the sources describe them, by the position's English. */
  roles: {} as Table,
  /** Each preset's own words, by preset id. */
  presets: {} as Record<string, PresetWords>,
};
