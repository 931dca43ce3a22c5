/**
 * The SPA's weight and the org chart in a real browser: gzipped JavaScript of the built client
 * (client/dist, built with a Vite manifest), and the time for the org chart of the large group to
 * render and answer a click in headless Chromium, served by the Praxis server under test.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { quantile, ROOT } from './lib';

const DIST = path.join(ROOT, 'client', 'dist');

export interface BuildResult {
  seconds: number;
}

/** `pnpm --filter @praxis/client build`, asking Vite for its manifest (which chunk is which module). */
export function buildClient(): BuildResult {
  const started = performance.now();
  const built = spawnSync('pnpm', ['--filter', '@praxis/client', 'build', '--manifest'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) throw new Error('the client build failed');
  return { seconds: (performance.now() - started) / 1000 };
}

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(DIST, file))).length;

export interface RouteWeight {
  route: string;
  component: string;
  /** The route component's own chunk, gzipped. */
  chunk: number;
  /** Everything navigating there loads that the first page did not: the chunk and its static imports (JS). */
  onNavigation: number;
  files: number;
}

export interface BundleWeights {
  initialFiles: { file: string; gzip: number }[];
  initial: number;
  initialCss: number;
  routes: RouteWeight[];
}

/**
 * Initial JavaScript: the entry script and the modulepreloads index.html names (what the browser
 * fetches before anything renders). Route chunks: each lazy route component of client/src/app/routes.ts and of each feature's routes.ts.
 */
export function bundleWeights(): BundleWeights {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const refs = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1].replace(/^\//, ''));
  const initialJs = [
    ...new Set([...refs(/<script[^>]+type="module"[^>]+src="([^"]+)"/g), ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)]),
  ];
  const initialCss = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const byFile = new Map(Object.entries(manifest).map(([key, c]) => [c.file, key]));
  // The entry's static imports must all be preloaded; anything else would be a hidden initial cost.
  const closure = (keys: string[]) => {
    const seen = new Set<string>();
    const walk = (key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      for (const k of manifest[key]?.imports ?? []) walk(k);
    };
    keys.forEach(walk);
    return seen;
  };
  const initialKeys = closure(initialJs.map((f) => byFile.get(f)).filter((k): k is string => !!k));
  const initialFiles = [...new Set([...initialJs, ...[...initialKeys].map((k) => manifest[k].file)])].map((file) => ({
    file,
    gzip: gzipSize(file),
  }));

  // Routes are declared by the app (layout, not found) and by each feature in its own routes.ts.
  const clientSrc = path.join(ROOT, 'client', 'src');
  const routeFiles = [
    'app/routes.ts',
    ...fs
      .readdirSync(path.join(clientSrc, 'features'))
      .map((f) => `features/${f}/routes.ts`)
      .filter((f) => fs.existsSync(path.join(clientSrc, f))),
  ];
  const routes: RouteWeight[] = [];
  const seenComponents = new Set<string>();
  const declared = routeFiles.flatMap((file) =>
    [
      ...fs
        .readFileSync(path.join(clientSrc, file), 'utf8')
        .matchAll(
          /name:\s*'([^']+)',\s*component:\s*\(\)\s*=>\s*import\('([^']+)'\)|path:\s*'([^']*)',\s*component:\s*\(\)\s*=>\s*import\('([^']+)'\)/g,
        ),
    ].map((m) => ({ m, dir: `src/${path.dirname(file)}/` })),
  );
  for (const { m, dir } of declared) {
    const route = m[1] ?? `${m[3] === '/' ? '(layout) ' : ''}${m[3]}`;
    const spec = (m[2] ?? m[4]).replace(/^@\//, 'src/').replace(/^\.\//, dir);
    const key = Object.keys(manifest).find((k) => k === spec || k === `${spec}.vue`);
    if (!key) throw new Error(`no chunk for ${spec} in the Vite manifest`);
    if (seenComponents.has(key)) continue;
    seenComponents.add(key);
    const extra = [...closure([key])].filter((k) => !initialKeys.has(k)).map((k) => manifest[k].file);
    routes.push({
      route,
      component: key.replace(/^src\//, ''),
      chunk: gzipSize(manifest[key].file),
      onNavigation: extra.reduce((s, f) => s + gzipSize(f), 0),
      files: extra.length,
    });
  }
  // The dashboard route loads one tier's component after the viewer is known: count each as a route.
  for (const key of Object.keys(manifest)
    .filter((k) => /dashboard\/tiers\/\w+\.vue$/.test(k))
    .sort()) {
    const extra = [...closure([key])].filter((k) => !initialKeys.has(k)).map((k) => manifest[k].file);
    routes.push({
      route: `dashboard · ${/(\w+)Dashboard\.vue$/.exec(key)?.[1] ?? key}`,
      component: key.replace(/^src\//, ''),
      chunk: gzipSize(manifest[key].file),
      onNavigation: extra.reduce((s, f) => s + gzipSize(f), 0),
      files: extra.length,
    });
  }
  return {
    initialFiles,
    initial: initialFiles.reduce((s, f) => s + f.gzip, 0),
    initialCss: initialCss.reduce((s, f) => s + gzipSize(f), 0),
    routes,
  };
}

export interface OrgChartTiming {
  runs: number;
  nodes: number;
  /** Direct visit of /org-chart (the SPA boots, then the chart): median and slowest, ms. */
  load: { median: number; max: number };
  /** Of which the orgChart request, as the page saw it (request sent → response read). */
  query: { median: number; max: number };
  /** From the dashboard, a click on "Org chart" in the navigation until a seat answers a click. */
  navigate: { median: number; max: number };
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Interactive = the first seat card, clicked, shows itself selected: the chart is drawn and the main
 * thread is free to handle input. Timed from the start of the navigation, after one warm-up visit.
 */
export async function orgChartInBrowser(base: string, email: string, password: string, runs: number): Promise<OrgChartTiming> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('viewer-name').waitFor({ timeout: 120_000 });

    const queryTimes: number[] = [];
    page.on('requestfinished', (request) => {
      if (!request.url().endsWith('/graphql') || !(request.postData() ?? '').includes('query OrgChart')) return;
      const t = request.timing();
      queryTimes.push(t.responseEnd - t.requestStart);
    });
    const interactive = async (page: Page) => {
      const seat = page.getByTestId('org-chart').locator('[data-node-id]').first();
      await seat.waitFor({ state: 'visible', timeout: 120_000 });
      await seat.click({ timeout: 120_000 });
      await page.getByTestId('org-chart').locator('[data-node-id][aria-pressed="true"]').first().waitFor({ timeout: 120_000 });
    };
    const loads: number[] = [];
    const navigations: number[] = [];
    let nodes = 0;
    for (let i = 0; i <= runs; i++) {
      const started = performance.now();
      await page.goto(`${base}/org-chart`);
      await interactive(page);
      if (i > 0) loads.push(performance.now() - started);
      nodes = await page.evaluate(() => document.querySelectorAll('[data-node-id]').length);

      await page.goto(`${base}/`);
      await page.getByTestId('viewer-name').waitFor({ timeout: 120_000 });
      await page.waitForLoadState('networkidle');
      const clicked = performance.now();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Org chart' }).click();
      await interactive(page);
      if (i > 0) navigations.push(performance.now() - clicked);
    }
    const stats = (v: number[]) => {
      const s = [...v].sort((a, b) => a - b);
      return { median: quantile(s, 0.5), max: s[s.length - 1] };
    };
    return { runs, nodes, load: stats(loads), query: stats(queryTimes.slice(-2 * runs)), navigate: stats(navigations) };
  } finally {
    await browser.close();
  }
}
