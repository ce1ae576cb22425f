import { formatCount } from '../format/formatCount';
import * as v from 'valibot';
import { DEMOGRAPHIC_BOUNDS, DEMOGRAPHIC_KEYS, type DemographicKey } from '../model/demographicParameters';
import { MAX_SEED } from '../model/rng';
import { RELATION_TYPES } from '../model/relationType';
import { INSTRUMENT_KINDS, MAX_SAMPLES, MAX_SCOPES, SCENARIO_FORMAT, SCENARIO_VERSION, TEXT_LIMITS } from './scenario';
import { httpUrl, identifier, number, text } from './schemaFields';

const sourceSchema = v.strictObject({ title: text('source title', TEXT_LIMITS.sourceTitle), url: httpUrl });

/**
 * A triangular range within [min, max]. Ranges that are not exact must say why: every uncertain
 * input carries its rationale or sources.
 */
function rangeSchema(what: string, min: number, max: number, unit: string) {
  const bounded = (field: string) =>
    v.pipe(
      number(`${what} ${field}`),
      v.minValue(min, `${what} ${field} must be at least ${min} (${unit})`),
      v.maxValue(max, `${what} ${field} must be at most ${max} (${unit})`),
    );
  return v.pipe(
    v.strictObject({
      low: bounded('low'),
      mode: bounded('mode'),
      high: bounded('high'),
      rationale: v.optional(text(`${what} rationale`)),
      sources: v.optional(v.pipe(v.array(sourceSchema, `${what} sources must be a list`), v.maxLength(20))),
    }),
    v.check((range) => range.low <= range.mode && range.mode <= range.high, `${what} must satisfy low <= mode <= high`),
    v.check(
      (range) => range.low === range.high || Boolean(range.rationale) || (range.sources?.length ?? 0) > 0,
      `${what} is uncertain (low < high), so it needs a rationale or sources`,
    ),
  );
}

const shareRange = (what: string) => rangeSchema(what, 0, 1, 'share, 0-1');

const year = v.pipe(
  number('year'),
  v.integer('year must be a whole number'),
  v.minValue(1900, 'year must be 1900 or later'),
  v.maxValue(2100, 'year must be 2100 or earlier'),
);

/** Where a scope's people come from; exported so its catalogue references can be checked alone. */
export const scopeBaseSchema = v.variant(
  'kind',
  [
    v.strictObject({ kind: v.literal('group'), groupId: identifier('groupId'), year }),
    v.strictObject({
      kind: v.literal('named'),
      roundIds: v.pipe(
        v.array(identifier('round id'), 'roundIds must be a list of designation round ids'),
        v.minLength(1, 'roundIds must name at least one designation round'),
        v.maxLength(50, 'roundIds may name at most 50 rounds'),
      ),
      year,
      ageProfileId: v.optional(identifier('ageProfileId')),
    }),
    v.strictObject({
      kind: v.literal('custom'),
      groupLabel: text('groupLabel', TEXT_LIMITS.groupLabel),
      people: rangeSchema('people', 0, 2e9, 'persons'),
      entities: v.pipe(
        number('entities'),
        v.integer('entities must be a whole number'),
        v.minValue(0, 'entities must be 0 or more'),
        v.maxValue(1e6, 'entities must be at most 1,000,000'),
      ),
      year,
      ageProfileId: identifier('ageProfileId'),
    }),
  ],
  'base.kind must be "group", "named" or "custom"',
);

const instrumentSchema = v.strictObject({
  kind: v.picklist(
    INSTRUMENT_KINDS,
    `instrument kind must be ${INSTRUMENT_KINDS.map((kind) => `"${kind}"`).join(' or ')}`,
  ),
  exposurePerYear: shareRange('exposurePerYear'),
});

const scopeSchema = v.strictObject({
  id: identifier('scope id'),
  label: text('label', TEXT_LIMITS.label),
  description: v.optional(text('description')),
  base: scopeBaseSchema,
  conductShare: shareRange('conductShare'),
  family: v.pipe(
    v.array(
      v.picklist(RELATION_TYPES, `family entries must be one of: ${RELATION_TYPES.join(', ')}`),
      'family must be a list of relation types',
    ),
    v.check((list) => new Set(list).size === list.length, 'family must not list a relation type twice'),
  ),
  familyTerm: v.optional(identifier('familyTerm')),
  instruments: v.pipe(
    v.array(instrumentSchema, 'instruments must be a list'),
    v.maxLength(INSTRUMENT_KINDS.length, `instruments may list at most ${INSTRUMENT_KINDS.length} measures`),
    v.check(
      (list) => new Set(list.map((instrument) => instrument.kind)).size === list.length,
      'instruments must not list a measure twice',
    ),
  ),
  waiverShare: shareRange('waiverShare'),
});

const assumptionEntries = Object.fromEntries(
  DEMOGRAPHIC_KEYS.map((key) => {
    const { min, max } = DEMOGRAPHIC_BOUNDS[key];
    return [key, v.optional(rangeSchema(key, min, max, `allowed ${min}-${max}`))];
  }),
) as Record<DemographicKey, v.OptionalSchema<ReturnType<typeof rangeSchema>, undefined>>;

/** The structure of a scenario file, version 1. References to the catalogue are checked separately. */
export const scenarioSchema = v.strictObject({
  format: v.literal(SCENARIO_FORMAT, `format must be "${SCENARIO_FORMAT}"`),
  version: v.literal(SCENARIO_VERSION, `version must be ${SCENARIO_VERSION}`),
  id: identifier('id'),
  title: text('title', TEXT_LIMITS.title),
  description: text('description'),
  sources: v.pipe(v.array(sourceSchema, 'sources must be a list'), v.maxLength(50, 'at most 50 sources')),
  seed: v.pipe(
    number('seed'),
    v.integer('seed must be a whole number'),
    v.minValue(0, 'seed must be 0 or more'),
    v.maxValue(MAX_SEED, `seed must be at most ${MAX_SEED}`),
  ),
  samples: v.pipe(
    number('samples'),
    v.integer('samples must be a whole number'),
    v.minValue(1, 'samples must be at least 1'),
    v.maxValue(MAX_SAMPLES, `samples must be at most ${formatCount(MAX_SAMPLES)}`),
  ),
  assumptions: v.optional(v.strictObject(assumptionEntries), {}),
  scopes: v.pipe(
    v.array(scopeSchema, 'scopes must be a list'),
    v.minLength(1, 'a scenario needs at least one scope'),
    v.maxLength(MAX_SCOPES, `a scenario may compare at most ${MAX_SCOPES} scopes`),
  ),
});
