import { describe, expect, it } from 'vitest';
import { chartSourceLine } from '../../src/report/chartSourceLine';

describe('chartSourceLine', () => {
  it('names the catalogue, the draws and the seed', () => {
    expect(chartSourceLine({ catalogueVersion: '2026-11-23', samples: 10_000, seed: 2026 })).toBe(
      'Source: Sanction Scope estimate, figures catalogue 2026-11-23; median and 90% interval over 10,000 draws (seed 2026).',
    );
  });
});
