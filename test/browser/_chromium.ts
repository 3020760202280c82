// Where the browser tests find Chromium, and when they may skip without it.
import { existsSync } from 'node:fs';

type Env = Readonly<Record<string, string | undefined>>;

/** The places looked at, in order: `SOKR_CHROMIUM`, then Debian's binaries. */
export function chromiumCandidates(env: Env): string[] {
  return [env['SOKR_CHROMIUM'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );
}

/** The first candidate that exists, or `undefined`. */
export function findChromium(
  env: Env,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  return chromiumCandidates(env).find((p) => exists(p));
}

/** `CI` is set to anything but `''`, `'0'` or `'false'` (CI services set `CI=true`). */
export function isCI(env: Env): boolean {
  const ci = env['CI']?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false';
}

/**
 * Why the browser tests are skipped — one line — or `undefined` when they run.
 * They skip only when Chromium is absent outside CI; in CI a missing Chromium
 * fails them (the tests report the same sentence as their error).
 */
export function browserSkipReason(
  env: Env,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  if (findChromium(env, exists) !== undefined || isCI(env)) return undefined;
  return `browser tests skipped: no Chromium at ${chromiumCandidates(env).join(', ')} (apt-get install -y chromium, or set SOKR_CHROMIUM; with CI=true they fail instead)`;
}
