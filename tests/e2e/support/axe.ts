import type { AxeResults } from 'axe-core';
import type { Page } from '@playwright/test';

/** axe-core in the page: WCAG 2.1 A/AA, serious and critical violations only (issue 19.11). */
export type Finding = { rule: string; impact: string; help: string; page: string; targets: string[]; detail: string };

const AXE = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The whole page, or only its content when the shell around it was audited already. */
export async function audit(page: Page, label: string, contentOnly = false): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(
    ([contentOnly, tags]) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe.run(
        contentOnly ? { include: [['main']] } : document,
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      ),
    [contentOnly, TAGS] as const,
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact!,
      help: v.help,
      page: label,
      targets: v.nodes.slice(0, 4).map((n) => n.target.join(' ')),
      detail: v.nodes[0]?.failureSummary?.split('\n').slice(1).join(' ').trim() ?? '',
    }));
}

export function report(findings: Finding[]): string {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  return [...byRule.entries()]
    .map(
      ([rule, list]) =>
        `${rule} (${list[0]!.impact}: ${list[0]!.help})\n${list.map((f) => `  ${f.page}: ${f.targets.join(' | ')}\n    ${f.detail}`).join('\n')}`,
    )
    .join('\n');
}
