// `npm start`: serves real VS Code (code-server 4.100.3) on 127.0.0.1 with the packaged Referat
// extension installed and the repository's examples/ as its workspace, until Ctrl-C.
// Settings and state persist in .e2e/start/. PORT=8123 npm start picks the port (default 8080, or a free one).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const extension = path.join(root, 'packages/extension');
const home = path.join(root, '.e2e/start');
const codeServer = path.join(root, '.e2e/node_modules/.bin/code-server');
const say = (message) => console.log(`[referat] ${message}`);

execFileSync('sh', [path.join(root, 'tests/e2e/setup-code-server.sh'), '--no-browser'], { stdio: 'inherit' });

const { name, version, publisher } = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8'));
const vsix = path.join(extension, `${name}-${version}.vsix`);
if (!fs.existsSync(vsix)) {
    console.error(`Fant ikke ${vsix}. Kjør «npm run package» først (npm start gjør det selv).`);
    process.exit(1);
}

const userData = path.join(home, 'user-data');
const extensions = path.join(home, 'extensions');
fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
fs.mkdirSync(extensions, { recursive: true });
const settingsFile = path.join(userData, 'User/settings.json');
if (!fs.existsSync(settingsFile)) {
    fs.writeFileSync(settingsFile, JSON.stringify({
        'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'telemetry.telemetryLevel': 'off',
        'update.mode': 'none', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true, 'security.workspace.trust.enabled': false,
    }, null, 2));
}
fs.writeFileSync(path.join(home, 'config.yaml'), 'auth: none\n');
const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, 'xdg'), XDG_DATA_HOME: path.join(home, 'xdg') };
const common = ['--config', path.join(home, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', extensions];

say(`installerer ${path.relative(root, vsix)} i code-server`);
execFileSync(codeServer, [...common, '--force', '--install-extension', vsix], { env, stdio: 'ignore' });

const port = await pickPort(Number(process.env.PORT) || 8080);
const child = spawn(codeServer, [...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'],
{ detached: true, stdio: ['ignore', 'ignore', 'inherit'], env });
const stop = () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ } };
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => { stop(); process.exit(0); });
process.on('exit', stop);
child.on('exit', (code) => { console.error(`code-server stoppet (kode ${code}).`); process.exit(code ?? 1); });

const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
    try { if ((await fetch(`${base}/healthz`)).ok) break; } catch { /* starting */ }
    if (i > 600) { console.error('code-server svarte ikke innen 60 s.'); stop(); process.exit(1); }
    await new Promise((r) => setTimeout(r, 100));
}
const url = `${base}/?folder=${encodeURIComponent(path.join(root, 'examples'))}`;
say(`${publisher}.${name} ${version} er installert. Åpne VS Code i nettleseren:`);
console.log(`\n    ${url}\n`);
say('Stopp med Ctrl-C.');

async function pickPort(preferred) {
    const free = (port) => new Promise((resolve) => {
        const server = net.createServer().once('error', () => resolve(false)).listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (await free(preferred)) return preferred;
    for (;;) { const port = 20000 + Math.floor(Math.random() * 20000); if (await free(port)) return port; }
}
