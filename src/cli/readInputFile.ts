import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Largest input file read, bytes: a scenario of 12 scopes with notes is well under 100 kB. */
export const MAX_INPUT_BYTES = 1_000_000;

/** An error with a Node-style `code`, so the commands' messages can say what was wrong. */
function fileError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/**
 * Reads a scenario or claims file as UTF-8 text for the command line, refusing before reading
 * what a scenario file cannot be: anything that is not a regular file (a device such as
 * /dev/zero would be read until memory runs out; a FIFO would block) and any file over
 * `MAX_INPUT_BYTES`. A leading byte-order mark, which some editors write, is dropped.
 *
 * @throws Error with `code` ENOENT, EACCES, EISDIR, ENOTREG (not a regular file) or EFBIG
 */
export function readInputFile(path: string): string {
  // Opened without blocking, so a FIFO with no writer does not hang the open itself; what it is
  // is checked before a byte is read.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw fileError('EISDIR', `${path} is a folder`);
    if (!stat.isFile()) throw fileError('ENOTREG', `${path} is not a regular file`);
    if (stat.size > MAX_INPUT_BYTES) throw fileError('EFBIG', `${path} is ${stat.size} bytes`);
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return stripByteOrderMark(buffer.subarray(0, read).toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

/** Text without a leading byte-order mark (U+FEFF). */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Why a file could not be read, in words, for `file: reason` lines. */
export function describeReadError(error: unknown, what = 'scenario'): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return `is a folder, not a ${what} file`;
  if (code === 'EACCES') return 'cannot be read (permission denied)';
  if (code === 'ENOTREG') return `is not a regular file (a device, pipe or socket), so it is not a ${what} file`;
  if (code === 'EFBIG') return `is larger than a ${what} file can be (1 MB), so it was not read`;
  return `cannot be read (${code ?? String(error)})`;
}
