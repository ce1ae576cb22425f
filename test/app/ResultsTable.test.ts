// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ResultsTable from '../../src/app/ResultsTable.svelte';
import type { EstimateRecord } from '../../src/report/estimateRecord';
import { useTranslations } from '../../src/i18n/wordsFor';
import { TRANSLATIONS } from '../../src/i18n/zh-Hans/translations';
import { SMALL_MIDDLE_LARGE } from '../charts/makeScopeRecord';

const record: EstimateRecord = {
  scenario: { id: 'test', title: 'Test', seed: 1, samples: 10_000, catalogueVersion: '2026-11-26' },
  results: SMALL_MIDDLE_LARGE,
};
const headings = () =>
  within(screen.getByRole('table', { name: 'People reached, by scope' }))
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent);

afterEach(() => useTranslations('en', {}));

describe('ResultsTable', () => {
  it('shows four columns by default, and every column on request', async () => {
    render(ResultsTable, { props: { record } });
    expect(headings()).toEqual(['Scope', 'People reached (90% interval)', 'Share of China', 'Relatives per member']);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(
      within(rows[2]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['204 million (196–212 million)', '14.5% (13.9–15.0%)', '1.03']);
    await fireEvent.click(screen.getByLabelText('Show every column (10)'));
    expect(headings()).toHaveLength(10);
    expect(headings()).toContain('Across readings of “family”');
    // Every value cell names its column, for the phone's card layout.
    for (const cell of screen.getAllByRole('cell')) expect(cell.dataset.label).toBeTruthy();
  });

  it('writes a share with full-width brackets in Chinese, as every other Chinese interval', () => {
    useTranslations('zh-Hans', TRANSLATIONS);
    render(ResultsTable, { props: { record } });
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(within(rows[2]!).getAllByRole('cell')[1]!.textContent).toBe('14.5%（13.9–15.0%）');
  });
});
