import { describe, expect, it } from 'vitest';
import { decodeLink, type DecodedLink } from '../../src/link/decodeLink';
import { CHECKSUM_CHARS } from '../../src/link/linkChecksum';
import { PRESETS, withoutIds } from '../helpers/linkArbitraries';
import { realisticLinks } from '../helpers/realisticLinks';

const NAMES_A_LOSS = /cut short|missing|damaged|does not match/;

/** Whether two decoded links show the same scenario (and so the same numbers). */
const sameState = (a: DecodedLink, b: DecodedLink) =>
  JSON.stringify(withoutIds(a.state)) === JSON.stringify(withoutIds(b.state));

describe('a link cut at any position', () => {
  const links = realisticLinks();

  it('covers the paths through the format, the compact form included', () => {
    expect(links).toHaveLength(5);
    expect(links.filter(({ link }) => link.includes('#'))).toHaveLength(1);
  });

  it.each(links.map(({ name, link }) => [name, link] as const))(
    '%s: every cut reproduces the full link or names what was lost',
    async (_name, link) => {
      const full = await decodeLink(link, PRESETS);
      expect(full.problems).toEqual([]);
      let withNotice = 0;
      let same = 0;
      // From one character: an address cut right after "?" is the app's own front page.
      for (let length = 1; length < link.length; length++) {
        const cut = await decodeLink(link.slice(0, length), PRESETS);
        if (cut.problems.length === 0) {
          // Silence is allowed only when nothing was lost.
          expect(sameState(cut, full), `silent cut at ${length}: ${link.slice(0, length)}`).toBe(true);
          same++;
        } else {
          expect(cut.problems.join(' '), `cut at ${length}`).toMatch(NAMES_A_LOSS);
          withNotice++;
        }
      }
      expect(withNotice + same).toBe(link.length - 1);
      // Only a cut inside the check code itself (after "&k") leaves everything whole; in the
      // compact form each 3 bytes of it take 4 characters.
      expect(same).toBeLessThanOrEqual(Math.ceil((CHECKSUM_CHARS + 2) * (link.includes('#') ? 4 / 3 : 1)));
    },
    60_000,
  );

  it('says which scopes a cut among the scopes lost, and keeps those before it', async () => {
    const { link } = links.find((l) => l.name.startsWith('12 scopes'))!;
    const full = await decodeLink(link, PRESETS);
    // Cut the pairs' text after its fifth scope, written in the readable form.
    const query = link.split('#')[0]!;
    expect(query).toMatch(/z=1$/);
    const { linkPairs } = await import('../../src/link/encodeLink');
    const { buildQuery } = await import('../../src/link/linkText');
    const pairs = linkPairs(links.find((l) => l.name.startsWith('12 scopes'))!.state, PRESETS);
    const sixthAt = pairs.findIndex(
      ([key], i) => key === 's' && pairs.slice(0, i).filter(([k]) => k === 's').length === 5,
    );
    const text = buildQuery(pairs.slice(0, sixthAt + 1));
    const cut = await decodeLink(text.slice(0, -20), PRESETS);
    expect(cut.problems).toEqual([
      'This link was cut short inside its sixth scope: scopes 6–12 of 12 are missing; the first 5 scopes are shown as the link has them.',
    ]);
    expect(cut.state.scenario.scopes.map((s) => s.label)).toEqual(
      full.state.scenario.scopes.slice(0, 5).map((s) => s.label),
    );
  });

  it('a link whose fragment was dropped opens its preset and says its changes are missing', async () => {
    const { link } = links.find((l) => l.name.startsWith('12 scopes'))!;
    const decoded = await decodeLink(link.split('#')[0]!, PRESETS);
    expect(decoded.state.presetId).toBe('scope-ladder');
    expect(decoded.problems[0]).toMatch(/missing its second half/);
  });
});

describe('links as apps pass them on', () => {
  const links = realisticLinks();

  it.each(links.map(({ name, link }) => [name, link] as const))(
    '%s: tracking parameters are ignored without a word',
    async (_name, link) => {
      const full = await decodeLink(link, PRESETS);
      const [query, fragment] = link.split('#') as [string, string?];
      const tail = fragment === undefined ? '' : `#${fragment}`;
      for (const tracking of ['&fbclid=IwAR3xYz', '&utm_source=newsletter&utm_medium=email', '&gclid=abc&mc_cid=1']) {
        const decoded = await decodeLink(query + tracking + tail, PRESETS);
        expect(decoded.problems).toEqual([]);
        expect(sameState(decoded, full)).toBe(true);
      }
    },
  );

  it('a link whose escapes were rewritten still checks', async () => {
    const { link } = links.find((l) => l.name.startsWith('STOP'))!;
    const rewritten = link.replaceAll('~', '%7E').replaceAll('+', '%20');
    expect(rewritten).not.toBe(link);
    const decoded = await decodeLink(rewritten, PRESETS);
    expect(decoded.problems).toEqual([]);
    expect(sameState(decoded, await decodeLink(link, PRESETS))).toBe(true);
  });

  it('a changed or appended field is reported, whatever it is', async () => {
    const { link } = links.find((l) => l.name.startsWith('ladder'))!;
    for (const changed of [link.replace('0.91', '0.92'), `${link}&v=999`, link.replace('&cv=', '&s=&cv=')]) {
      const decoded = await decodeLink(changed, PRESETS);
      expect(decoded.problems[0]).toMatch(/does not match its check code/);
    }
  });

  it('a version 1 link is read, and flagged as unverifiable when it changes anything', async () => {
    const old = await decodeLink('v=1&p=scope-ladder&a=m2~0.85-0.87-0.94&cv=20261123', PRESETS);
    expect(old.state.scenario.assumptions.marriedShare31to60).toMatchObject({ low: 0.85, mode: 0.87, high: 0.94 });
    expect(old.problems).toEqual([
      'This link was made before links carried a check code, so it cannot be checked for cuts or changes.',
    ]);
    const cut = await decodeLink('v=1&p=scope-ladder&a=m2~0.85-0.87-0.9', PRESETS);
    expect(cut.problems[0]).toMatch(/cut short inside its changed assumptions/);
    expect(cut.state.scenario.assumptions.marriedShare31to60).toEqual(
      PRESETS.find((p) => p.id === 'scope-ladder')!.assumptions.marriedShare31to60,
    );
    expect((await decodeLink('v=1&p=visa-rule-2020&cv=20261123', PRESETS)).problems).toEqual([]);
  });
});
