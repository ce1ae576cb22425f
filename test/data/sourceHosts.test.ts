import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClaimsJson } from '../../src/claims/parseClaims';
import { AGE_PROFILE_SOURCES } from '../../src/data/ageProfileSources';
import { DEMOGRAPHIC_ASSUMPTIONS } from '../../src/data/demographicAssumptions';
import { DESIGNATION_SOURCES } from '../../src/data/designationSources';
import { READING_SOURCES } from '../../src/data/familyReadingSources';
import { FIGURE_SOURCES } from '../../src/data/figureSources';
import type { Source } from '../../src/data/source';
import { SOURCES } from '../../src/data/sources';
import { PRESET_FILES, SCENARIOS_DIR, loadPreset } from '../helpers/presets';

/**
 * Sites with their own agenda: a copy of someone else's text on one of them discredits the tool
 * in a debate. Such a site may be cited only for its own words (a claim it made).
 */
const AGENDA_HOSTS = [
  'amren.com',
  'theepochtimes.com',
  'epochtimes.com',
  'ntd.com',
  'ntdtv.com',
  'visiontimes.com',
  'gnews.org',
  'secretchina.com',
  'minghui.org',
  'redcensor.com',
];

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');
const isAgenda = (url: string) => AGENDA_HOSTS.some((host) => hostOf(url) === host || hostOf(url).endsWith(`.${host}`));

function catalogueSources(): { where: string; source: Source }[] {
  const rows: { where: string; source: Source }[] = [];
  const add = (where: string, sources: readonly Source[] = []) =>
    sources.forEach((source) => rows.push({ where, source }));
  add('SOURCES', Object.values(SOURCES));
  for (const [id, s] of Object.entries(FIGURE_SOURCES)) add(`figure ${id}`, [s.source, ...(s.alsoSee ?? [])]);
  for (const [id, s] of Object.entries(DESIGNATION_SOURCES)) add(`round ${id}`, [s.source, ...(s.alsoSee ?? [])]);
  for (const [id, s] of Object.entries(AGE_PROFILE_SOURCES)) add(`age profile ${id}`, s.sources);
  for (const a of Object.values(DEMOGRAPHIC_ASSUMPTIONS)) add(`assumption ${a.key}`, a.sources);
  for (const [id, r] of Object.entries(READING_SOURCES)) add(`reading ${id}`, r.sources);
  for (const file of PRESET_FILES) {
    const preset = loadPreset(file);
    add(`${file}`, preset.sources);
    for (const scope of preset.scopes) {
      for (const range of [scope.conductShare, scope.waiverShare, ...scope.instruments.map((i) => i.exposurePerYear)]) {
        add(`${file} ${scope.id}`, range.sources);
      }
    }
  }
  return rows;
}

describe('sources a reader is shown', () => {
  it('never use a site with its own agenda as a copy of anything', () => {
    const bad = catalogueSources().filter(({ source }) => isAgenda(source.url));
    expect(bad.map(({ where, source }) => `${where}: ${source.url}`)).toEqual([]);
  });

  it("cite such a site in the claims only for that site's own words", () => {
    const parsed = parseClaimsJson(readFileSync(join(SCENARIOS_DIR, 'claims.json'), 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    for (const claim of parsed.value.claims) {
      if (!claim.source.url || !isAgenda(claim.source.url)) continue;
      // The claim's speaker is the site itself, not someone it copies.
      expect(claim.who.toLowerCase(), claim.id).toContain(
        hostOf(claim.source.url).split('.')[0]!.replace('visiontimes', 'vision times'),
      );
    }
  });
});
