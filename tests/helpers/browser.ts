import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

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

/** The rule sets every page is held to: WCAG 2.1 A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** axe-core's violations on the page as it is now, one line each (rule, how many nodes, the first, what to fix); none is []. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}: ${v.help}`);
}
