import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryEntry } from '../../src/i18n/glossary';
import { RELATION_LABELS } from '../../src/model/relationType';

/** Han characters, with the middle dot and the brackets official names may carry. */
const CHINESE = /^[\p{Script=Han}·《》]+$/u;

describe('GLOSSARY', () => {
  it('has one entry per English label', () => {
    const labels = GLOSSARY.map((entry) => entry.en);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it.each(GLOSSARY.map((entry) => [entry.en, entry] as const))(
    '%s has both scripts, in Chinese characters',
    (_, entry) => {
      expect(entry.en.trim()).not.toBe('');
      expect(entry.hans).toMatch(CHINESE);
      expect(entry.hant).toMatch(CHINESE);
      // Both scripts write a name in as many characters.
      expect([...entry.hant]).toHaveLength([...entry.hans].length);
    },
  );

  it.each(GLOSSARY.map((entry) => [entry.en, entry] as const))('%s cites a public source', (_, entry) => {
    const source = new URL(entry.source);
    expect(source.protocol).toBe('https:');
    // Not one of our own files or a local address.
    expect(source.hostname).not.toMatch(/^(localhost|127\.|\[?::1)/);
    expect(entry.source).not.toMatch(/sanction-scope|\/work\//i);
    expect(entry.checkedAt.length).toBeGreaterThan(0);
    for (const page of entry.checkedAt) expect(new URL(page).protocol).toMatch(/^https?:$/);
  });

  it('says why where a name is not verified', () => {
    for (const entry of GLOSSARY.filter((candidate) => !candidate.verified)) expect(entry.note).toBeTruthy();
  });

  it('names the bodies and relations the app names', () => {
    for (const label of [
      'Politburo Standing Committee',
      'Central Commission for Discipline Inspection',
      'Fourth Plenum',
    ])
      expect(glossaryEntry(label)).toBeDefined();
    for (const label of [RELATION_LABELS.spouse, RELATION_LABELS.parent, RELATION_LABELS.sibling])
      expect(glossaryEntry(label)).toBeDefined();
    expect(glossaryEntry('Politburo Standing Committee')?.hans).toBe('中央政治局常务委员会');
    expect(glossaryEntry('no such body')).toBeUndefined();
  });
});
