import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import LanguageSwitch from '../../src/app/LanguageSwitch.svelte';

describe('LanguageSwitch drawn at build time', () => {
  it('links the editions of the address it is drawn for, without script', () => {
    const hrefs = (address?: string) =>
      [
        ...render(LanguageSwitch, { props: address === undefined ? {} : { address } }).body.matchAll(/href="([^"]*)"/g),
      ].map((match) => match[1]);
    expect(hrefs()).toEqual(['./', '?lang=zh-Hans', '?lang=zh-Hant']);
    expect(hrefs('?v=2&p=stop-ccp-act')).toEqual([
      '?v=2&amp;p=stop-ccp-act',
      '?v=2&amp;p=stop-ccp-act&amp;lang=zh-Hans',
      '?v=2&amp;p=stop-ccp-act&amp;lang=zh-Hant',
    ]);
    expect(render(LanguageSwitch).body).toContain('aria-current="true"');
  });
});
