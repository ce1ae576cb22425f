/**
 * Upgrades for links made with older versions of the link format, in order: entry k turns a
 * version k + 1 link into a version k + 2 link. A breaking change to the format bumps
 * `LINK_VERSION` and appends one pure step here, with a test that an old link still reads as it
 * did.
 */
export type LinkMigration = (params: URLSearchParams) => URLSearchParams;

export const LINK_MIGRATIONS: readonly LinkMigration[] = [
  // 1 -> 2 added the scope count and the check code, which the decoder checks before migrating;
  // every other field reads as it did.
  (params) => params,
];

/**
 * Brings a link's parameters from `fromVersion` up to the current version.
 * @returns the upgraded parameters (a copy; the input is not changed)
 */
export function migrateLink(
  params: URLSearchParams,
  fromVersion: number,
  migrations: readonly LinkMigration[] = LINK_MIGRATIONS,
): URLSearchParams {
  let current = new URLSearchParams(params);
  for (let version = fromVersion; version <= migrations.length; version++) {
    current = migrations[version - 1]!(current);
    current.set('v', String(version + 1));
  }
  return current;
}
