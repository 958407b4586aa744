/**
 * Headless Chromium for tests: Debian's `chromium` package driven by playwright-core
 * (playwright's own browser downloads cannot be fetched here). Installs the package on first use.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

/** Path of the Chromium binary; installs Debian's `chromium` (under the shared apt lock) when missing. */
export function chromiumPath(): string {
    if (existsSync(CHROMIUM)) return CHROMIUM;
    process.stderr.write('chromium mangler: installerer Debian-pakken «chromium» (kan ta et par minutter) …\n');
    execSync('flock /tmp/apt.lock sh -c "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium"', { stdio: ['ignore', 'inherit', 'inherit'] });
    if (!existsSync(CHROMIUM)) throw new Error(`apt-get installerte ikke ${CHROMIUM}. Installer «chromium» manuelt (apt-get install chromium).`);
    process.stderr.write('chromium installert.\n');
    return CHROMIUM;
}

/** Launches headless Chromium with no network chatter of its own. Close it in afterAll. */
export function launchChromium(): Promise<Browser> {
    return chromium.launch({
        executablePath: chromiumPath(),
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
}
