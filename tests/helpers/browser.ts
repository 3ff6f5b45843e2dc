import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));

/**
 * Launch Debian's Chromium headless (playwright-core downloads no browser).
 * Fails loudly when it is missing: the browser tests are part of the suite.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = candidates.find((p) => existsSync(p));
  if (!executablePath) throw new Error('Chromium not found: run `apt-get install -y chromium` (or set CHROMIUM_PATH). .ci/run installs it.');
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'],
  });
}
