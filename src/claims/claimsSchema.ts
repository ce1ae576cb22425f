import * as v from 'valibot';
import { httpUrl, identifier, number, text } from '../scenario/schemaFields';
import { CLAIM_QUANTITIES, CLAIMS_FORMAT, CLAIMS_VERSION } from './claim';

/** Most claims one file may hold: each runs an estimate. */
export const MAX_CLAIMS = 50;
/** `2020`, `2020-07` or `2020-07-16`: a claim's date is often known only to the month. */
const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const sourceSchema = v.strictObject({
  title: text('source title', 300),
  url: v.optional(httpUrl),
});

/** Bounds that depend on the quantity (a share is at most 1) are checked after parsing. */
const claimedSchema = v.pipe(
  v.strictObject({ low: number('claimed low'), high: number('claimed high') }),
  v.check((range) => range.low <= range.high, 'claimed must satisfy low <= high (a point claim has low = high)'),
);

/**
 * Which scope tests the claim: a preset scenario by id, or a whole scenario inline. The inline
 * scenario is read by `parseScenario` afterwards, so its problems carry its own field paths.
 */
const testSchema = v.pipe(
  v.strictObject({
    scenarioId: v.optional(identifier('scenarioId')),
    scenario: v.optional(v.unknown()),
    scopeId: identifier('scopeId'),
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
    reading: text('reading'),
    test: testSchema,
  }),
  v.check(
    (claim) => claim.source.url !== undefined || claim.note !== undefined,
    'a claim without a source url needs a note saying why no address is known',
  ),
);

/** The structure of a claims file, version 1. Inline scenarios and quantity bounds are checked separately. */
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
