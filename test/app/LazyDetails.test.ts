// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import LazyDetails from '../../src/app/LazyDetails.svelte';
import { AGE_PROFILES } from '../../src/data/ageProfiles';

const openIt = async () => {
  const details = screen.getByText('Age profiles').closest('details')!;
  details.open = true;
  await fireEvent(details, new Event('toggle'));
  return details;
};

describe('LazyDetails', () => {
  it('loads its body on the first open only, and keeps it when closed', async () => {
    const load = vi.fn(() => import('../../src/app/AgeProfileList.svelte'));
    render(LazyDetails, { props: { summary: 'Age profiles', load } });
    expect(load).not.toHaveBeenCalled();
    const details = await openIt();
    expect(await screen.findByText(AGE_PROFILES[0]!.label)).toBeInTheDocument();
    details.open = false;
    await fireEvent(details, new Event('toggle'));
    await openIt();
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.getByText(AGE_PROFILES[0]!.label)).toBeInTheDocument();
  });

  it('says when the body cannot be loaded, and tries again on request', async () => {
    const load = vi
      .fn<() => Promise<typeof import('../../src/app/AgeProfileList.svelte')>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockImplementation(() => import('../../src/app/AgeProfileList.svelte'));
    render(LazyDetails, { props: { summary: 'Age profiles', load } });
    await openIt();
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded (TypeError: Failed to fetch');
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(AGE_PROFILES[0]!.label)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
