import type { Page } from '@playwright/test';
import { usePraxisServer } from './support/server';
import { DEMO_PASSWORD, expect, signIn, signInAs, test } from './support/app';
import { audit, report, type Finding } from './support/axe';

/**
 * axe-core on every page each demo role can reach: the pages of its navigation, and one page of
 * each kind of record linked from them (a budget, a person, a bill …). No serious or critical
 * violation of WCAG 2.1 A/AA is allowed; the failure lists each rule with the pages and elements.
 */
const ROLES: { email: string; organization?: string }[] = [
  { email: 'administrator@demo.test' },
  { email: 'owner@demo.test' },
  { email: 'practice-manager@demo.test' },
  { email: 'office-manager@demo.test' },
  { email: 'consultant@demo.test', organization: 'Riverside Family Medicine' },
  { email: 'assistant@demo.test' },
  { email: 'provider@demo.test' },
  { email: 'staff@demo.test' },
];

const server = usePraxisServer();

/** A path with its record ids replaced, so one budget stands for every budget. */
function pattern(path: string): string {
  return path
    .split('?')[0]!
    .split('/')
    .map((segment) => (/^[0-9a-f-]{8,}$|^\d+$/i.test(segment) ? ':id' : segment))
    .join('/');
}

async function settle(page: Page, path: string) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.p-skeleton'), `${path} still loading`).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 }).first(), `${path} has no heading`).toBeVisible();
}

test('the sign-in and practice chooser pages have no serious accessibility violations', async ({ page }) => {
  await page.goto(`${server.url}/sign-in`);
  await expect(page.getByLabel('Email')).toBeVisible();
  const findings = await audit(page, '/sign-in');
  await signIn(page, server, 'consultant@demo.test', DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Choose a practice' })).toBeVisible();
  findings.push(...(await audit(page, '/choose-organization')));
  expect(findings, report(findings)).toEqual([]);
});

for (const role of ROLES) {
  test(`every page ${role.email} can reach has no serious accessibility violations`, async ({ page }) => {
    test.setTimeout(600_000);
    if (role.organization) {
      await signIn(page, server, role.email);
      await page.getByRole('button', { name: new RegExp(role.organization) }).click();
      await expect(page.getByTestId('viewer-name')).toBeVisible();
    } else {
      await signInAs(page, server, role.email);
    }
    const origin = new URL(server.url).origin;
    const navigation = await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

    const seen = new Set(navigation.map(pattern));
    const queue = [...navigation];
    const findings: Finding[] = [];
    let audited = 0;
    const audits = new Set<string>();
    while (queue.length) {
      const path = queue.shift()!;
      await page.goto(`${origin}${path}`);
      await settle(page, path);
      // A page that redirects to one already audited (Compensation opens the current cycle) is not audited twice.
      const landed = pattern(new URL(page.url()).pathname);
      if (landed !== pattern(path) && audits.has(landed)) continue;
      audits.add(landed);
      const started = Date.now();
      findings.push(...(await audit(page, path, audited > 0)));
      // Words run together where the template's line break between two elements was dropped ("$13,458of").
      const glued = /\$\d[\d,]*(?:\.\d+)?[a-z]+/.exec(await page.locator('main').innerText());
      if (glued)
        findings.push({
          rule: 'glued-text',
          impact: 'serious',
          help: 'An amount runs into the next word',
          page: path,
          targets: [glued[0]],
          detail: '',
        });
      if (process.env.AXE_DEBUG) console.log(path, Date.now() - started, 'ms', await page.locator('*').count(), 'elements');
      audited++;
      // Each page this one links to, and one record of each kind.
      const links = await page
        .locator('main a[href^="/"]:not([download]):not([target="_blank"])')
        .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const link of links) {
        if (/^\/(download|files|graphql)\//.test(link)) continue;
        const kind = pattern(link);
        if (seen.has(kind)) continue;
        seen.add(kind);
        queue.push(link);
      }
    }
    expect(audited).toBeGreaterThanOrEqual(navigation.length);
    expect(findings, report(findings)).toEqual([]);
  });
}
