/** Debian's Chromium, never a downloaded browser (`npx playwright install` is not used); `CHROME_PATH` overrides it. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a machine without network or GPU: background requests would only fail and log noise.
 * Shared by the browser tests, the bench's audits and Lighthouse.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
