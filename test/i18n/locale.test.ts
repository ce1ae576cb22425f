import { describe, expect, it } from 'vitest';
import { localeOf, withLocale } from '../../src/i18n/locale';
import { readLink } from '../../src/link/readLink';
import { PRESETS } from '../helpers/linkArbitraries';
import { signed } from '../helpers/signedLink';

describe('the language a link asks for', () => {
  it.each([
    ['', 'en'],
    ['?lang=zh-Hans', 'zh-Hans'],
    ['p=stop-ccp-act&lang=ZH-HANT', 'zh-Hant'],
    ['lang=fr', 'en'],
    ['lang=', 'en'],
  ] as const)('%s: %s', (search, locale) => expect(localeOf(search)).toBe(locale));

  it.each([
    ['v=2&p=x', 'zh-Hans', 'v=2&p=x&lang=zh-Hans'],
    ['v=2&p=x&lang=zh-Hant', 'zh-Hans', 'v=2&p=x&lang=zh-Hans'],
    ['v=2&lang=zh-Hans&p=x', 'en', 'v=2&p=x'],
    ['v=2&z=1#c=abc&d', 'zh-Hant', 'v=2&z=1&lang=zh-Hant#c=abc&d'],
    ['', 'zh-Hans', 'lang=zh-Hans'],
  ] as const)('withLocale(%s, %s) is %s', (query, locale, expected) =>
    expect(withLocale(query, locale)).toBe(expected),
  );

  it('is not part of the scenario: the same link in any language reads the same, without a notice', () => {
    const query = signed('v=2&p=scope-ladder&seed=7');
    const english = readLink(query, PRESETS);
    for (const locale of ['zh-Hans', 'zh-Hant'] as const) {
      const read = readLink(withLocale(query, locale), PRESETS);
      expect(read.state).toEqual(english.state);
      expect(read.problems).toEqual([]);
    }
  });

  it('an unknown language is said, and the link is read all the same', () => {
    const read = readLink(`${signed('v=2&p=scope-ladder&seed=7')}&lang=klingon`, PRESETS);
    expect(read.problems).toEqual([expect.stringMatching(/language “klingon”.*shown in English/)]);
    expect(read.state).toEqual(readLink(signed('v=2&p=scope-ladder&seed=7'), PRESETS).state);
  });
});
