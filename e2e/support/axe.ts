import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// Off by default in axe-core (experimental), and the reason a page fails WCAG 2.5.3 for speech users.
const alsoRun = ['label-content-name-mismatch', 'scrollable-region-focusable'];

export async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .options({ rules: Object.fromEntries(alsoRun.map((id) => [id, { enabled: true }])) })
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

/** Whether the page is wider than the window (a phone would scroll it sideways). */
export const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
