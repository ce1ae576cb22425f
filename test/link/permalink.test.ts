import { describe, expect, it } from 'vitest';
import { permalink } from '../../src/link/permalink';

describe('permalink', () => {
  it.each([
    [
      'a preset as published: its own page, the query kept',
      'v=2&p=stop-ccp-act&cv=20261126&k=1sq8vsq',
      'https://example.org/scope/',
      'https://example.org/scope/stop-ccp-act.html?v=2&p=stop-ccp-act&cv=20261126&k=1sq8vsq',
    ],
    [
      'any change: the app’s own page, from whichever page it is made on',
      'v=2&p=stop-ccp-act&t=Mine&cv=20261126&k=abc',
      'https://example.org/scope/stop-ccp-act.html?v=2&p=stop-ccp-act&cv=20261126&k=1sq8vsq',
      'https://example.org/scope/?v=2&p=stop-ccp-act&t=Mine&cv=20261126&k=abc',
    ],
    [
      'an older figures version: the app’s own page, which says so',
      'v=2&p=stop-ccp-act&cv=20250101&k=abc',
      'https://example.org/',
      'https://example.org/?v=2&p=stop-ccp-act&cv=20250101&k=abc',
    ],
  ])('%s', (_, query, pageHref, expected) => {
    expect(permalink(query, pageHref)).toBe(expected);
  });
});
