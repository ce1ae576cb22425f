/** One thing wrong with an input, located by a field path such as `scopes[2].conductShare.low`. */
export interface Problem {
  /** Field path from the top of the input; empty for the input as a whole. */
  path: string;
  /** Plain-English statement of what is wrong and what is allowed. */
  message: string;
}

/** The result of reading untrusted input: the value, or every problem found. Never an exception. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };
