#!/usr/bin/env node
// The README's two commands: `npm start` (install, build what is missing, migrate, seed the demo,
// serve API and SPA on one port) and `npm test` (every vitest project, then the browser tests).
// Both work on a fresh machine of our image, where only Node.js and npm are set up.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).packageManager.split('@')[1];

// node-gyp compiles better-sqlite3 against the installed Node headers instead of downloading them
// (there is no network for that here); pnpm does not read npm's `nodedir` setting itself.
if (!process.env.npm_config_nodedir && fs.existsSync('/usr/include/node/node_version.h')) {
  process.env.npm_config_nodedir = '/usr';
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function pnpm() {
  try {
    if (execFileSync('pnpm', ['--version'], { encoding: 'utf8' }).trim() === PNPM_VERSION) return ['pnpm', []];
  } catch {
    // no pnpm on PATH: npx fetches the pinned one
  }
  return ['npx', ['-y', `pnpm@${PNPM_VERSION}`]];
}

function pnpmRun(...args) {
  const [cmd, prefix] = pnpm();
  run(cmd, [...prefix, ...args]);
}

function newestMtime(dir) {
  if (!fs.statSync(dir).isDirectory()) return fs.statSync(dir).mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function stale(output, ...sources) {
  if (!fs.existsSync(output)) return true;
  const built = fs.statSync(output).mtimeMs;
  return sources.some((s) => fs.existsSync(s) && newestMtime(s) > built);
}

function ensureInstalled() {
  const marker = path.join(ROOT, 'node_modules', '.modules.yaml');
  if (!fs.existsSync(marker) || fs.statSync(path.join(ROOT, 'pnpm-lock.yaml')).mtimeMs > fs.statSync(marker).mtimeMs) {
    pnpmRun('install', '--frozen-lockfile');
  }
}

function buildWhatIsMissing() {
  if (stale(path.join(ROOT, 'server/dist/main.js'), path.join(ROOT, 'server/src'))) pnpmRun('--filter', '@praxis/server', 'build');
  if (stale(path.join(ROOT, 'client/dist/index.html'), path.join(ROOT, 'client/src'), path.join(ROOT, 'client/index.html'))) {
    pnpmRun('--filter', '@praxis/client', 'build');
  }
}

function ensureChromium() {
  if (fs.existsSync('/usr/bin/chromium')) return;
  if (process.getuid?.() !== 0) {
    console.error("The browser tests need Debian's Chromium: sudo apt-get update && sudo apt-get install -y chromium");
    process.exit(1);
  }
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'chromium']);
}

const command = process.argv[2];
if (command === 'start') {
  ensureInstalled();
  buildWhatIsMissing();
  const server = spawn(process.execPath, [path.join(ROOT, 'server/dist/main.js')], { stdio: 'inherit', cwd: ROOT });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
} else if (command === 'test') {
  ensureInstalled();
  ensureChromium();
  pnpmRun('exec', 'vitest', 'run');
  pnpmRun('--filter', '@praxis/tests', 'e2e');
} else if (command === 'install') {
  ensureInstalled();
} else {
  console.error('usage: node scripts/praxis.mjs start|test|install');
  process.exit(2);
}
