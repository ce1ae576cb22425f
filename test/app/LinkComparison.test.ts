// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import LinkComparison from '../../src/app/LinkComparison.svelte';
import { withoutIsolates } from '../../src/format/isolate';
import { useTranslations } from '../../src/i18n/wordsFor';
import { TRANSLATIONS } from '../../src/i18n/zh-Hans/translations';
import { linkResults, presetLinkState } from '../helpers/presetLinkState';

/** The table's scope rows as their cells' text: heading, this page, second link, change. */
const scopeRows = () =>
  [...screen.getByRole('table').querySelectorAll('tr.scope')].map((row) =>
    [...row.children].map((cell) => withoutIsolates(cell.textContent ?? '')),
  );

/** The scope ladder on this page, the member-visa-ban preset in the second link. */
const ladderAgainstVisaBan = () => {
  const here = presetLinkState('scope-ladder.json');
  render(LinkComparison, {
    props: { here, hereResults: linkResults(here), there: presetLinkState('member-visa-ban-2020.json') },
  });
};

describe('LinkComparison', () => {
  afterEach(() => useTranslations('en', {}));

  it("heads a row pairing two presets' scopes with both names, and writes a large ratio in digits", () => {
    ladderAgainstVisaBan();
    const [first, second] = scopeRows();
    expect(first).toEqual([
      'Named officials (Global Magnitsky, July 2020) ↔ All Party members (end 2019)',
      '4 people',
      '91,914,000 people',
      '× 23,000,000',
    ]);
    expect(second![0]).toBe('Politburo Standing Committee ↔ Members and their families');
    expect(second![3]).toBe('× 34,900,000');
    const table = screen.getByRole('table');
    expect(table.textContent).not.toMatch(/\de[+-]\d/);
    // The heading names both scopes, so no row says the names again.
    expect(within(table).queryByRole('rowheader', { name: 'Name' })).toBeNull();
  });

  it('writes the ratio in Chinese as this edition writes ratios', () => {
    useTranslations('zh-Hans', TRANSLATIONS);
    ladderAgainstVisaBan();
    expect(scopeRows().map((row) => row[3])).toEqual(['2300万倍', '3490万倍', '–', '–', '–', '–', '–']);
  });

  it('does not call two links the same when only a scope was renamed', () => {
    const here = presetLinkState('visa-rule-2020.json');
    const there = structuredClone(here);
    there.scenario.scopes[0]!.label = 'Members, renamed';
    render(LinkComparison, { props: { here, hereResults: linkResults(here), there } });
    expect(scopeRows()[0]![0]).toBe(`${here.scenario.scopes[0]!.label} ↔ Members, renamed`);
    expect(screen.queryByText('The two links describe the same scenario.')).toBeNull();
  });
});
