import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { chartRows, expect, findingText, showTab, test } from './fixtures';

const dist = resolve(import.meta.dirname, '../../dist');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

test('the build works from a sub-path of any static host', async ({ page, baseURL }) => {
  // Serve dist/ under /some/deep/path/ on the same origin, as a plain static host would.
  const prefix = `${baseURL}/some/deep/path/`;
  await page.route(`${prefix}**`, async (route) => {
    const path = new URL(route.request().url()).pathname.replace('/some/deep/path/', '') || 'index.html';
    try {
      const body = await readFile(join(dist, path));
      await route.fulfill({ body, contentType: TYPES[extname(path)] ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
  await page.goto(prefix);
  await expect(chartRows(page)).toHaveCount(7);
  // A change starts the model's worker, whose file is found under the same sub-path.
  const before = await findingText(page);
  const worker = page.waitForResponse((response) => /\/some\/deep\/path\/assets\/estimateWorker-/.test(response.url()));
  await showTab(page, 'Assumptions');
  await page
    .getByRole('group', { name: /Married share, members aged 31-60/ })
    .getByLabel('Most likely')
    .fill('87');
  expect((await worker).status()).toBe(200);
  await expect.poll(() => findingText(page)).not.toBe(before);
});
