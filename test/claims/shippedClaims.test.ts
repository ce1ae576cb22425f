import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClaimsJson } from '../../src/claims/parseClaims';
import { claimsOnChart, SHIPPED_CLAIMS } from '../../src/claims/shippedClaims';
import { loadPreset, PRESET_FILES, SCENARIOS_DIR } from '../helpers/presets';

// The chart reads the shipped claims file without the claims schema (see shippedClaims.ts); this is
// the check that makes that safe, and fails if the file or the parser changes what the chart draws.
describe('the shipped claims, as the chart reads them unparsed', () => {
  const parsed = parseClaimsJson(readFileSync(join(SCENARIOS_DIR, 'claims.json'), 'utf8'));

  it('pass the claims schema', () => {
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it.each(PRESET_FILES)('draw on %s exactly what the parsed file draws', (file) => {
    const preset = loadPreset(file);
    const scopes = preset.scopes.map((scope) => ({ id: scope.id, population: 1_400_000_000 }));
    const fromParsed = parsed.ok ? claimsOnChart(parsed.value, preset, preset, scopes) : undefined;
    expect(claimsOnChart(SHIPPED_CLAIMS, preset, preset, scopes)).toEqual(fromParsed);
  });

  it('draw some claims, so the comparison above is not between two empty lists', () => {
    const drawn = PRESET_FILES.map(loadPreset).flatMap((preset) =>
      claimsOnChart(
        SHIPPED_CLAIMS,
        preset,
        preset,
        preset.scopes.map((scope) => ({ id: scope.id, population: 1 })),
      ),
    );
    expect(drawn.length).toBeGreaterThanOrEqual(5);
  });
});
