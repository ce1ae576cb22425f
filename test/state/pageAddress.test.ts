// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_LINK_META, pageAddress } from '../../src/state/pageAddress';

const PUBLISHED = '?v=2&p=stop-ccp-act&cv=20261126&k=abc';

function openAt(search: string, published?: string) {
  history.replaceState(null, '', `/stop-ccp-act.html${search}`);
  document.head.innerHTML = published === undefined ? '' : `<meta name="${PAGE_LINK_META}" content="${published}">`;
}

afterEach(() => openAt(''));

describe('pageAddress', () => {
  it.each([
    ['', PUBLISHED, PUBLISHED],
    ['?lang=zh-Hans', PUBLISHED, `${PUBLISHED}&lang=zh-Hans`],
    ['?lang=zh-Hant', undefined, '?lang=zh-Hant'],
    ['?v=2&p=magnitsky-2020&lang=zh-Hans', PUBLISHED, '?v=2&p=magnitsky-2020&lang=zh-Hans'],
    ['?p=x', PUBLISHED, '?p=x'],
    ['', undefined, ''],
  ])('at %j (published %j): %j', (search, published, expected) => {
    openAt(search, published);
    expect(pageAddress()).toBe(expected);
  });
});
