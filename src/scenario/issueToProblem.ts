import type * as v from 'valibot';
import { editorPart } from '../i18n/editorPart';
import { CHECKS } from '../i18n/en/editorChecks';
import type { Problem } from './problem';

/** `scopes[2].base.year`: array indices in brackets, keys after dots. */
export function formatIssuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    if (typeof key === 'number') path += `[${key}]`;
    else path += path ? `.${String(key)}` : String(key);
  }
  return path;
}

/**
 * A valibot issue as a located, plain-language problem, in the page's edition.
 * @param whole what the input as a whole is called in messages, e.g. "the scenario"
 */
export function issueToProblem(issue: v.BaseIssue<unknown>, whole: string): Problem {
  const w = editorPart('checks', CHECKS);
  const path = formatIssuePath(issue);
  const field = path.split(/[.[]/).pop() || w.field;
  // An unknown field in a strict object: valibot says "expected never"; say which field instead.
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return { path, message: w.unknownField(field) };
  }
  if (
    issue.received === 'undefined' &&
    (issue.type === 'strict_object' || issue.type === 'object' || issue.kind === 'schema')
  ) {
    return { path, message: w.required(field) };
  }
  if (issue.type === 'strict_object' || issue.type === 'object') {
    return { path, message: w.mustBeObject(path || whole) };
  }
  return { path, message: issue.message };
}
