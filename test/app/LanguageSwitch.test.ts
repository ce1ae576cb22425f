// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import LanguageSwitch from '../../src/app/LanguageSwitch.svelte';
import { useTranslations } from '../../src/i18n/wordsFor';
import { TRANSLATIONS } from '../../src/i18n/zh-Hans/translations';
import { wakeOnInteraction } from '../../src/page/wakeOnInteraction';

/** Each link's text, href, lang, hreflang and aria-current. */
const links = () =>
  screen
    .getAllByRole('link')
    .map((link) => [
      link.textContent,
      link.getAttribute('href'),
      link.getAttribute('lang'),
      link.getAttribute('hreflang'),
      link.getAttribute('aria-current'),
    ]);

afterEach(() => {
  useTranslations('en', {});
  history.replaceState(null, '', '/');
});

describe('LanguageSwitch', () => {
  it('links each edition at the plain address, English marked current', () => {
    history.replaceState(null, '', '/');
    render(LanguageSwitch);
    expect(screen.getByRole('navigation', { name: 'Language' })).toBeInTheDocument();
    expect(links()).toEqual([
      ['English', './', 'en', 'en', 'true'],
      ['简体中文', '?lang=zh-Hans', 'zh-Hans', 'zh-Hans', null],
      ['繁體中文', '?lang=zh-Hant', 'zh-Hant', 'zh-Hant', null],
    ]);
  });

  it("keeps the link's scenario and fragment, and marks the Chinese edition in Chinese", () => {
    useTranslations('zh-Hans', TRANSLATIONS);
    history.replaceState(null, '', '/?v=2&p=stop-ccp-act&lang=zh-Hans#c=abc');
    render(LanguageSwitch);
    expect(screen.getByRole('navigation', { name: '语言' })).toBeInTheDocument();
    expect(links().map(([name, href, , , current]) => [name, href, current])).toEqual([
      ['English', '?v=2&p=stop-ccp-act#c=abc', null],
      ['简体中文', '?v=2&p=stop-ccp-act&lang=zh-Hans#c=abc', 'true'],
      ['繁體中文', '?v=2&p=stop-ccp-act&lang=zh-Hant#c=abc', null],
    ]);
  });

  it('is followed to the address as it is then, after writing any edit typing held back', async () => {
    // The edit the page had not yet written to the address, written when asked.
    const beforeLeaving = vi.fn(() => history.replaceState(null, '', '/?v=2&p=edited'));
    render(LanguageSwitch, { props: { beforeLeaving } });
    const chinese = screen.getByRole('link', { name: '繁體中文' });
    expect(chinese).toHaveAttribute('href', '?lang=zh-Hant');
    // jsdom does not navigate; the page would.
    const stay = (event: Event) => event.preventDefault();
    addEventListener('click', stay);
    try {
      await fireEvent.click(chinese);
    } finally {
      removeEventListener('click', stay);
    }
    expect(beforeLeaving).toHaveBeenCalled();
    expect(chinese).toHaveAttribute('href', '?v=2&p=edited&lang=zh-Hant');
    // Back to English with nothing else in the query: the page's own path.
    history.replaceState(null, '', '/app/?lang=zh-Hant');
    beforeLeaving.mockImplementation(() => {});
    addEventListener('click', stay);
    try {
      await fireEvent.click(screen.getByRole('link', { name: 'English' }));
    } finally {
      removeEventListener('click', stay);
    }
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/app/');
  });

  it('is followed at once on the page drawn at build time: a language link wakes no live page', async () => {
    const drawn = document.createElement('div');
    document.body.append(drawn);
    render(LanguageSwitch, { target: drawn });
    const start = vi.fn(async () => {});
    const prepare = vi.fn();
    void wakeOnInteraction(document.body, drawn, prepare, start, () => {});
    let held: boolean | undefined;
    const look = (event: Event) => {
      held = event.defaultPrevented;
      event.preventDefault();
    };
    addEventListener('click', look);
    try {
      const link = screen.getByRole('link', { name: '简体中文' });
      await fireEvent.pointerOver(link);
      await fireEvent.click(link);
    } finally {
      removeEventListener('click', look);
    }
    expect(held).toBe(false);
    expect(prepare).not.toHaveBeenCalled();
    expect(start).not.toHaveBeenCalled();
    drawn.remove();
  });
});
