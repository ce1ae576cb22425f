import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AXE_TAGS } from '../../bench/budgets';
import { expect, signed, test } from './fixtures';

/**
 * Words a Chinese page may show in Latin letters: the product's name, file formats and citation
 * styles. Anything else in English must be marked as English (`lang="en"`: a source's title, a
 * quote in its own words), which is also what a screen reader needs to read it right.
 */
const LATIN_ALLOWED = new Set(['Sanction', 'Scope', 'PNG', 'SVG', 'CSV', 'JSON', 'HTML', 'APA', 'Chicago', 'BibTeX']);
/**
 * What Chinese text rightly writes in Latin letters: a law's short title as it cites it
 * (《制裁中共法》（STOP CCP Act，H.R. 3334）), an address, the names people and outlets sign with
 * that have no settled Chinese form, and the English words a claim's note is about (“nearly one
 * billion”, which may be 近亿 mistranslated).
 */
const LATIN_NAMES =
  /STOP CCP Act|“nearly one billion”|https?:\/\/\S+|Eben Diskin|Jude Blanchette|Paul Mozur|Raymond Zhong|Walter Lohman|Gao Shenghua|Vision Times/g;

/** What a reader sees, or a screen reader reads, that is not marked as another language. */
function shownText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const otherLanguage = (element: Element) =>
      element.closest('[lang]')?.getAttribute('lang')?.startsWith('zh') !== true;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = node.textContent?.trim();
      if (!element || !text || otherLanguage(element) || element.closest('script, style, template')) continue;
      // A chart's name and description are read out with it, though not drawn.
      const inShownChart = element.closest('svg title, svg desc')?.closest('svg')?.checkVisibility();
      if (element.checkVisibility() || inShownChart) texts.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
      if (element.checkVisibility() && !otherLanguage(element))
        for (const name of ['aria-label', 'title', 'placeholder', 'alt'])
          if (element.hasAttribute(name)) texts.push(element.getAttribute(name)!);
    return texts;
  });
}

/** The English words in a page's texts, each with the text it stands in. */
function englishIn(texts: readonly string[]): string[] {
  return texts.flatMap((text) =>
    (text.replaceAll(LATIN_NAMES, '').match(/[A-Za-z][A-Za-z'’]{2,}/g) ?? [])
      .filter((word) => !LATIN_ALLOWED.has(word))
      .map((word) => `${word} (in “${text.slice(0, 80)}”)`),
  );
}

/** A count as the table writes it, in English ("204 million", "3,580") or Chinese ("2.04亿", "3,580"), as persons. */
function people(text: string): number {
  const units: Record<string, number> = { million: 1e6, billion: 1e9, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
  const match = /([\d.,]+)\s*(million|billion|万|萬|亿|億)?/.exec(text);
  if (!match) throw new Error(`no count in “${text}”`);
  return Number(match[1]!.replaceAll(',', '')) * (match[2] ? units[match[2]]! : 1);
}

/** Each scope's median reach from the results table (its second column), in any language. */
async function tableMedians(page: Page): Promise<number[]> {
  const rows = page.locator('[role="tabpanel"]:not([hidden]) table tbody tr');
  await rows.first().waitFor();
  const cells = await rows.locator('th + td').allTextContents();
  // Three significant figures, as both write them: 2.04亿 and 204 million are one number.
  return cells.map((cell) => Number(people(cell).toPrecision(3)));
}

for (const width of [1280, 360]) {
  test(`lang=zh-Hans: no English interface text in any tab at ${width} px, and no axe violations`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`./?${signed('v=2&p=stop-ccp-act')}&lang=zh-Hans`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    const tabs = page.getByRole('tab');
    await expect(tabs).toHaveCount(6);
    const english: string[] = [];
    const violations: string[] = [];
    for (let i = 0; i < 6; i++) {
      await tabs.nth(i).click();
      await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
      // Each panel downloads its code when first opened: wait for it to settle.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const name = (await tabs.nth(i).textContent())?.trim();
      english.push(...englishIn(await shownText(page)).map((word) => `${name}: ${word}`));
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      for (const v of results.violations)
        violations.push(`${name}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    expect([...new Set(english)]).toEqual([]);
    expect(violations).toEqual([]);
  });
}

test('the same link in Chinese and in English gives the same numbers, counts in 万 and 亿', async ({ page }) => {
  const query = signed('v=2&p=member-visa-ban-2020');
  await page.goto(`./?${query}`);
  await page.getByRole('tab', { name: 'Table', exact: true }).click();
  const english = await tableMedians(page);
  expect(english.length).toBeGreaterThan(0);
  for (const lang of ['zh-Hans', 'zh-Hant']) {
    await page.goto(`./?${query}&lang=${lang}`);
    await page.getByRole('tab').nth(1).click();
    const chinese = await tableMedians(page);
    expect(chinese).toEqual(english);
    const unit = lang === 'zh-Hans' ? /亿/ : /億/;
    await expect(page.locator('[role="tabpanel"]:not([hidden]) table tbody')).toContainText(unit);
    await expect(page.locator('[data-finding]')).toContainText(/[万亿萬億]/);
    await page.getByRole('tab').first().click();
    await expect(page.locator('.chart-section svg[role="img"] .value-label').first()).toContainText(/[万亿萬億]/);
  }
});

test('the language switch reloads the same scenario in the chosen language and keeps it in every link', async ({
  page,
}) => {
  await page.goto(`./?${signed('v=2&p=magnitsky-2020&seed=11')}`);
  await page.getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/lang=zh-Hans/);
  await expect(page).toHaveURL(/seed=11/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).not.toHaveURL(/lang=/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
