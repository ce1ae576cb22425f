import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeReadError, MAX_INPUT_BYTES, readInputFile } from '../../src/cli/readInputFile';
import { runEstimate } from '../../src/cli/runEstimate';
import { SCENARIOS_DIR } from '../helpers/presets';

const dir = mkdtempSync(join(tmpdir(), 'sanction-scope-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const codeOf = (path: string) => {
  try {
    readInputFile(path);
    return 'read';
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('readInputFile', () => {
  it('reads a preset, and drops a byte-order mark', () => {
    const text = readFileSync(join(SCENARIOS_DIR, 'visa-rule-2020.json'), 'utf8');
    const withBom = join(dir, 'bom.json');
    writeFileSync(withBom, `\uFEFF${text}`);
    expect(readInputFile(withBom)).toBe(text);
    const outcome = runEstimate([withBom, '--json'], readInputFile);
    expect(outcome.exitCode).toBe(0);
  });

  it('refuses a device before reading it: /dev/zero would never end', () => {
    expect(codeOf('/dev/zero')).toBe('ENOTREG');
  });

  it('refuses a named pipe without waiting for a writer', () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(codeOf(fifo)).toBe('ENOTREG');
  });

  it('refuses a file over the size limit, and a folder', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, ' '.repeat(MAX_INPUT_BYTES + 1));
    expect(codeOf(big)).toBe('EFBIG');
    expect(codeOf(dir)).toBe('EISDIR');
    expect(codeOf(join(dir, 'missing.json'))).toBe('ENOENT');
  });

  it.each([
    ['ENOTREG', /is not a regular file \(a device, pipe or socket\)/],
    ['EFBIG', /is larger than a scenario file can be \(1 MB\)/],
  ])('says what %s means in one line', (code, message) => {
    expect(describeReadError({ code })).toMatch(message);
  });
});
