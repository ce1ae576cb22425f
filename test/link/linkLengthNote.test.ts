import { describe, expect, it } from 'vitest';
import { linkLengthNote } from '../../src/link/linkLengthNote';

describe('linkLengthNote', () => {
  it.each([
    [90, ''],
    [1599, ''],
    [1600, /^This link is 1,600 characters long\. Some apps cut links longer than about 2,000 characters/],
    [10_322, /^This link is 10,322 characters long\./],
  ])('a %i-character link: %s', (chars, note) => {
    if (note === '') expect(linkLengthNote(chars)).toBe('');
    else expect(linkLengthNote(chars)).toMatch(note);
  });
});
