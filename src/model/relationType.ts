/**
 * The relation types a family rule can cover. They partition a person's relatives, so adding
 * their expected counts never counts anyone twice: "children under 21" is `childUnder18` plus
 * `child18to20`, and "adult children" is `child18to20` plus `child21plus`. Siblings' children
 * under 18 belong to no type: no family rule read here covers them.
 */
export const RELATION_TYPES = [
  'spouse',
  'childUnder18',
  'child18to20',
  'child21plus',
  'parent',
  'sibling',
  'spouseParent',
  'spouseSibling',
  'childSpouse',
  'siblingSpouse',
  'siblingChild',
] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

/** Plain-English names, for tables and form labels. */
export const RELATION_LABELS: Record<RelationType, string> = {
  spouse: 'Spouse',
  childUnder18: 'Children under 18',
  child18to20: 'Children aged 18-20',
  child21plus: 'Children aged 21 and over',
  parent: 'Parents',
  sibling: 'Siblings',
  spouseParent: "Spouse's parents",
  spouseSibling: "Spouse's siblings",
  childSpouse: "Children's spouses",
  siblingSpouse: "Siblings' spouses",
  siblingChild: "Siblings' children aged 18 and over",
};

/** Relation types whose members are under 18: never Party members, and not among China's adults. */
export const MINOR_RELATIONS: ReadonlySet<RelationType> = new Set(['childUnder18']);

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPES as readonly string[]).includes(value);
}
