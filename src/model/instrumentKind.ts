/**
 * The measures a scope can impose, declared once: the model's inputs, the scenario format, its
 * schema, the link's short codes, the editor and the CSV all read this list.
 */
export const INSTRUMENT_KINDS = ['visaBan', 'assetBlock'] as const;

export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];
