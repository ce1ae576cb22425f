import { describe, expect, it } from 'vitest';
import { relativesEach } from '../../src/format/relativesEach';

describe('relativesEach', () => {
  it.each([
    [8.7912, '8.79'],
    [19.04, '19'],
    [1.3004, '1.3'],
    [0.8, '0.8'],
    [0, '0'],
    [123.456, '123'],
  ])('relativesEach(%d) is %j', (perMember, expected) => {
    expect(relativesEach(perMember)).toBe(expected);
  });
});
