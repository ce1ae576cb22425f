import * as v from 'valibot';
import { httpUrl, identifier, number, text } from '../scenario/schemaFields';
import { CLAIM_QUANTITIES, CLAIMS_FORMAT, CLAIMS_VERSION } from './claim';
import { HEDGES } from './claimedAmount';

/** Most claims one file may hold: each runs an estimate. */
export const MAX_CLAIMS = 50;
/** `2020`, `2020-07` or `2020-07-16`: a claim's date is often known only to the month. */
const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const sourceSchema = v.strictObject({
  title: text('source title', 300),
  url: v.optional(httpUrl),
});

const positive = (what: string) => v.pipe(number(what), v.minValue(0, `${what} must be 0 or more`));
const denominator = v.pipe(
  number('claimed denominator'),
  v.integer('claimed denominator must be a whole number'),
  v.minValue(2, 'claimed denominator must be 2 or more'),
  v.maxValue(100, 'claimed denominator must be at most 100'),
);

/** A hedge and its numbers (see `ClaimedAmount`); bounds that depend on the quantity are checked after parsing. */
const claimedSchema = v.variant(
  'hedge',
  [
    v.strictObject({ hedge: v.literal('about'), value: positive('claimed value'), step: positive('claimed step') }),
    v.strictObject({ hedge: v.literal('up-to'), value: positive('claimed value'), step: positive('claimed step') }),
    v.strictObject({ hedge: v.literal('nearly'), value: positive('claimed value'), step: positive('claimed step') }),
    v.strictObject({ hedge: v.literal('fraction'), denominator }),
    v.strictObject({ hedge: v.literal('up-to-fraction'), denominator }),
    v.strictObject({ hedge: v.literal('at-most'), value: positive('claimed value') }),
    v.pipe(
      v.strictObject({ hedge: v.literal('range'), low: positive('claimed low'), high: positive('claimed high') }),
      v.check((range) => range.low <= range.high, 'claimed must satisfy low <= high (a point claim has low = high)'),
    ),
  ],
  `claimed.hedge must be one of: ${HEDGES.join(', ')}`,
);

/**
 * Which scope tests the claim: a preset scenario by id, or a whole scenario inline. The inline
 * scenario is read by `parseScenario` afterwards, so its problems carry its own field paths.
 */
const testSchema = v.pipe(
  v.strictObject({
    scenarioId: v.optional(identifier('scenarioId')),
    scenario: v.optional(v.unknown()),
    scopeIds: v.pipe(
      v.array(identifier('scope id'), 'scopeIds must be a list of scope ids'),
      v.minLength(1, 'scopeIds must name at least one scope'),
      v.maxLength(12, 'scopeIds may name at most 12 scopes'),
    ),
  }),
  v.check(
    (test) => (test.scenarioId === undefined) !== (test.scenario === undefined),
    'test needs either scenarioId (a preset) or scenario (written inline), not both',
  ),
);

const claimSchema = v.pipe(
  v.strictObject({
    id: identifier('claim id'),
    words: text('words'),
    who: text('who', 300),
    where: text('where', 300),
    when: v.pipe(
      v.string('when must be text'),
      v.regex(DATE_PATTERN, 'when must be a date: YYYY, YYYY-MM or YYYY-MM-DD'),
    ),
    source: sourceSchema,
    note: v.optional(text('note')),
    quantity: v.picklist(CLAIM_QUANTITIES, `quantity must be one of: ${CLAIM_QUANTITIES.join(', ')}`),
    claimed: claimedSchema,
    context: text('context'),
    test: testSchema,
    definedReading: v.optional(identifier('definedReading')),
  }),
  v.check(
    (claim) => claim.source.url !== undefined || claim.note !== undefined,
    'a claim without a source url needs a note saying why no address is known',
  ),
);

/** The structure of a claims file, version 2. Inline scenarios and quantity bounds are checked separately. */
export const claimsSchema = v.strictObject({
  format: v.literal(CLAIMS_FORMAT, `format must be "${CLAIMS_FORMAT}"`),
  version: v.literal(CLAIMS_VERSION, `version must be ${CLAIMS_VERSION}`),
  title: text('title', 200),
  description: text('description'),
  claims: v.pipe(
    v.array(claimSchema, 'claims must be a list'),
    v.minLength(1, 'a claims file needs at least one claim'),
    v.maxLength(MAX_CLAIMS, `a claims file may hold at most ${MAX_CLAIMS} claims`),
  ),
});
