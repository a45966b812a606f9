import { expect, test, type Page } from '@playwright/test';

import { roadmapPath, topicPath } from '../lib/routes';
import { signInAs, uniqueLogin } from './auth';
import { allTopics, firstRoadmap, roadmaps } from './content';

const roadmap = firstRoadmap();
const { topic } = allTopics(roadmap)[0]!;
const readerPages = [
  '/',
  roadmapPath(roadmap.id),
  topicPath(roadmap.id, topic.id),
  '/search?q=api',
];

/**
 * The header's budget: one row on a desktop, two on a phone (it used to take four). From 1280 px
 * the roadmap links stand in the row (`inlineNav`); below, they are in the Roadmaps disclosure.
 */
const layouts = [
  { name: 'phone', viewport: { width: 390, height: 844 }, maxRows: 2, maxHeight: 100 },
  { name: 'small phone', viewport: { width: 360, height: 740 }, maxRows: 2, maxHeight: 100 },
  { name: 'small desktop', viewport: { width: 1024, height: 768 }, maxRows: 1, maxHeight: 60 },
  {
    name: 'desktop',
    viewport: { width: 1280, height: 800 },
    maxRows: 1,
    maxHeight: 60,
    inlineNav: true,
  },
] as const;

type HeaderLayout = { rows: number; height: number; overflow: number; pageOverflow: number };

/**
 * Counts the rows the header's visible controls sit on: a control that starts below the bottom of
 * every control before it opens a new row.
 */
function measureHeader(page: Page): Promise<HeaderLayout> {
  return page.getByRole('banner').evaluate((header) => {
    const boxes = [...header.querySelectorAll('a, button, input, summary')]
      // Not displayed, or inside a closed disclosure (its content still has boxes in Chromium).
      .filter((element) => element.checkVisibility({ visibilityProperty: true }))
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 1 && box.height > 1) // visually hidden (sr-only)
      .sort((a, b) => a.top - b.top);
    let rows = 0;
    let rowBottom = -Infinity;
    for (const box of boxes) {
      if (box.top >= rowBottom) rows += 1;
      rowBottom = Math.max(rowBottom, box.bottom);
    }
    return {
      rows,
      height: header.getBoundingClientRect().height,
      overflow: header.scrollWidth - header.clientWidth,
      pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}

/** How much wider the search field's placeholder is than the room inside the field. */
function placeholderOverflow(page: Page) {
  return page
    .getByRole('banner')
    .getByRole('searchbox', { name: 'Search topics' })
    .evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room =
        input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return context.measureText(input.placeholder).width - room;
    });
}

async function expectCompactHeader(page: Page, layout: (typeof layouts)[number], label: string) {
  const measured = await measureHeader(page);
  expect(measured.rows, `${label}: rows`).toBeGreaterThanOrEqual(1);
  expect(measured.rows, `${label}: rows`).toBeLessThanOrEqual(layout.maxRows);
  expect(measured.height, `${label}: height`).toBeLessThanOrEqual(layout.maxHeight);
  expect(measured.overflow, `${label}: header overflow`).toBeLessThanOrEqual(0);
  expect(measured.pageOverflow, `${label}: page overflow`).toBeLessThanOrEqual(0);
  // On a desktop the row has room for the whole placeholder; on a phone's second row it does
  // not (it shares the row with the Roadmaps menu and the Dashboard link), so it is cut there.
  if (layout.maxRows === 1) {
    expect(await placeholderOverflow(page), `${label}: search placeholder cut`).toBeLessThanOrEqual(
      0,
    );
  }
}

for (const layout of layouts) {
  test.describe(`on a ${layout.viewport.width} px ${layout.name}`, () => {
    test.use({ viewport: layout.viewport });

    test(`the header takes at most ${layout.maxRows} row(s) and never scrolls sideways`, async ({
      page,
    }) => {
      for (const path of readerPages) {
        await page.goto(path);
        await expect(
          page.getByRole('banner').getByRole('button', { name: /^Sign in/ }),
        ).toBeVisible();
        await expectCompactHeader(page, layout, path);
        const banner = page.getByRole('banner');
        await expect(banner.getByRole('searchbox', { name: 'Search topics' })).toBeInViewport();
        await expect(banner.getByRole('button', { name: 'Search', exact: true })).toBeVisible();
        await expect(banner.getByRole('button', { name: /^Theme: / })).toBeVisible();
      }
    });

    test('signed in, the account menu still fits', async ({ page }) => {
      await page.goto(roadmapPath(roadmap.id));
      await signInAs(page, uniqueLogin('header'));
      const account = page.getByRole('banner').getByRole('button', { name: /account menu/ });
      await expect(account).toBeVisible();
      await expectCompactHeader(page, layout, 'signed in');
    });
  });

  test.describe(`without JavaScript, on a ${layout.viewport.width} px ${layout.name}`, () => {
    test.use({ viewport: layout.viewport, javaScriptEnabled: false });

    test('the header keeps its rows and every roadmap link can be reached', async ({ page }) => {
      await page.goto(topicPath(roadmap.id, topic.id));
      await expectCompactHeader(page, layout, 'no JavaScript');
      const nav = page.getByRole('navigation', { name: 'Roadmaps' });
      const toggle = nav.getByText('Roadmaps', { exact: true });
      if ('inlineNav' in layout) await expect(toggle).toBeHidden();
      else await toggle.click();
      for (const { id, title } of roadmaps) {
        await expect(nav.getByRole('link', { name: title, exact: true })).toHaveAttribute(
          'href',
          roadmapPath(id),
        );
        await expect(nav.getByRole('link', { name: title, exact: true })).toBeVisible();
      }
      await expect(
        page.getByRole('banner').getByRole('button', { name: /^Sign in/ }),
      ).toBeVisible();
    });
  });
}

test.describe('on a phone, the roadmaps menu', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('opens and closes by keyboard, and closes after a link inside it is followed', async ({
    page,
  }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Roadmaps' });
    const toggle = nav.getByText('Roadmaps', { exact: true });
    const target = roadmaps.at(-1)!;
    const link = nav.getByRole('link', { name: target.title, exact: true });
    await expect(link).toBeHidden();

    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(link).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(link).toBeHidden();
    await expect(toggle).toBeFocused();

    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link').first()).toBeFocused();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${roadmapPath(target.id)}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(target.title);
    await expect(link).toBeHidden();
  });
});
