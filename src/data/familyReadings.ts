import { MINOR_RELATIONS, RELATION_TYPES, type RelationType } from '../model/relationType';

/**
 * One reading of a word for "family" that a law, a rule or a quote leaves undefined. What each
 * rests on, and where each word is used, are in `familyReadingSources.ts`, under the same ids.
 */
export interface FamilyReading {
  /** Stable id, used in scenario files, links and claim checks. */
  id: string;
  /** Who is covered, in a few words: "Spouses and children under 21". */
  label: string;
  /** The relatives this reading covers (see `RelationType`). */
  family: readonly RelationType[];
}

/** A word for "family" used without a definition, and its defensible readings. */
export interface FamilyTerm {
  /** Stable id, used in scenario files and links. */
  id: string;
  /** The words as used, e.g. "their families". */
  words: string;
  /** Ids of `FAMILY_READINGS`, narrowest first. */
  readingIds: readonly string[];
}

const CHILDREN: readonly RelationType[] = ['childUnder18', 'child18to20', 'child21plus'];
const ADULT_CHILDREN: readonly RelationType[] = ['child18to20', 'child21plus'];

/** Every reading, by id. A reading's relatives never change: a new reading gets a new id. */
export const FAMILY_READINGS: readonly FamilyReading[] = [
  {
    id: 'spouse',
    label: 'Spouses',
    family: ['spouse'],
  },
  {
    id: 'spouse-children-under-21',
    label: 'Spouses and children under 21',
    family: ['spouse', 'childUnder18', 'child18to20'],
  },
  {
    id: 'spouse-children',
    label: 'Spouses and children of any age',
    family: ['spouse', ...CHILDREN],
  },
  {
    id: 'immediate-relatives',
    label: 'Spouses, children under 21 and parents',
    family: ['spouse', 'childUnder18', 'child18to20', 'parent'],
  },
  {
    id: 'spouse-children-parents',
    label: 'Spouses, children and parents',
    family: ['spouse', ...CHILDREN, 'parent'],
  },
  {
    id: 'spouse-children-parents-siblings',
    label: 'Spouses, children, parents and siblings',
    family: ['spouse', ...CHILDREN, 'parent', 'sibling'],
  },
  {
    id: 'with-parents-in-law',
    label: 'Spouses, children, parents and parents-in-law',
    family: ['spouse', ...CHILDREN, 'parent', 'spouseParent'],
  },
  {
    id: 'extended',
    label: 'Extended family: spouses, children, parents, siblings, parents- and siblings-in-law',
    family: ['spouse', ...CHILDREN, 'parent', 'sibling', 'spouseParent', 'spouseSibling'],
  },
  {
    id: 'adult-nuclear',
    label: 'Spouse and adult children',
    family: ['spouse', ...ADULT_CHILDREN],
  },
  {
    id: 'adult-close',
    label: "Spouse, adult children, parents, siblings, and the spouse's parents and siblings",
    family: ['spouse', ...ADULT_CHILDREN, 'parent', 'sibling', 'spouseParent', 'spouseSibling'],
  },
  {
    id: 'adult-wide',
    label: 'Adult close relatives, their spouses, and adult nieces and nephews',
    // Every relation but minor children.
    family: RELATION_TYPES.filter((type) => !MINOR_RELATIONS.has(type)),
  },
];

/** Every undefined term a scope can carry, with its readings. */
export const FAMILY_TERMS: readonly FamilyTerm[] = [
  {
    id: 'families',
    words: 'their families',
    readingIds: [
      'spouse',
      'spouse-children-under-21',
      'spouse-children',
      'immediate-relatives',
      'spouse-children-parents',
      'with-parents-in-law',
      'extended',
    ],
  },
  {
    id: 'immediate-family',
    words: 'immediate family members',
    readingIds: [
      'spouse',
      'spouse-children-under-21',
      'spouse-children',
      'immediate-relatives',
      'spouse-children-parents',
      'spouse-children-parents-siblings',
    ],
  },
  {
    id: 'adult-family-member',
    words: 'adult family member',
    readingIds: ['adult-nuclear', 'adult-close', 'adult-wide'],
  },
];

const readingsById = new Map(FAMILY_READINGS.map((reading) => [reading.id, reading]));
const termsById = new Map(FAMILY_TERMS.map((term) => [term.id, term]));

export function familyReadingById(id: string): FamilyReading | undefined {
  return readingsById.get(id);
}

export function familyTermById(id: string): FamilyTerm | undefined {
  return termsById.get(id);
}

/** A term's readings, narrowest first. */
export function termReadings(term: FamilyTerm): FamilyReading[] {
  return term.readingIds.map((id) => readingsById.get(id)!);
}

/** Whether two family rules cover the same relation types, in any order. */
export function sameFamily(a: readonly RelationType[], b: readonly RelationType[]): boolean {
  return a.length === b.length && a.every((type) => b.includes(type));
}

/** The reading of `term` that covers exactly `family`, if one does (else the rule is the reader's own). */
export function chosenReading(term: FamilyTerm, family: readonly RelationType[]): FamilyReading | undefined {
  return termReadings(term).find((reading) => sameFamily(reading.family, family));
}
