// Where the browser tests find Chromium, and when they may skip without it.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

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

/**
 * Launches headless Chromium with the flags this machine needs (no sandbox,
 * GPU, QUIC or background networking, which the closed network refuses).
 * Returns the browser, or the sentence the tests report when it is missing or
 * does not start.
 */
export async function launchChromium(
  env: Env,
): Promise<{ browser: Browser; error: '' } | { browser: undefined; error: string }> {
  const executablePath = findChromium(env);
  if (executablePath === undefined)
    return {
      browser: undefined,
      error: `Chromium could not be found (looked at ${chromiumCandidates(env).join(', ')}). Install Debian's chromium package (apt-get install -y chromium) or set SOKR_CHROMIUM.`,
    };
  try {
    const browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    return { browser, error: '' };
  } catch (error) {
    return {
      browser: undefined,
      error: `Chromium at ${executablePath} could not be launched: ${String(error)}`,
    };
  }
}
