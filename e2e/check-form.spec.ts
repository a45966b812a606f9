import AxeBuilder from '@axe-core/playwright';

import { QUESTIONS_PER_ATTEMPT } from '../lib/content/check-sizes';
import { checkedTopics } from './checks-content';
import { expect, test } from './fixtures';
import { CheckSection } from './pages/check-section';
import { waitForSession } from './pages/session';

/** A topic whose first draw holds a select-all question, so both kinds are on screen. */
const topic = checkedTopics.find((t) =>
  t.check.questions.slice(0, QUESTIONS_PER_ATTEMPT).some((q) => q.kind === 'multiple'),
)!;

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the check section, ${colorScheme} theme, 390 px`, () => {
    test.use({ colorScheme, viewport: { width: 390, height: 844 } });

    test('prompts sit inside their boxes, say "select all" once, and pass axe before and after grading', async ({
      page,
    }) => {
      const section = new CheckSection(page, topic.check);
      await page.goto(`/roadmaps/${topic.roadmapId}/${topic.topicId}`);
      await waitForSession(page);
      const asked = await section.asked();
      for (const [index, question] of asked.entries()) {
        const group = section.question(index);
        // The legend lies wholly inside the drawn box, below its top border.
        const box = (await group.locator('xpath=..').boundingBox())!;
        const legend = (await group.locator('legend').boundingBox())!;
        expect(legend.y, `question ${index + 1}'s prompt crosses its border`).toBeGreaterThan(
          box.y + 4,
        );
        expect(legend.x).toBeGreaterThan(box.x + 4);
        const hints = (await group.locator('legend').innerText()).match(/select all that apply/gi);
        expect(hints?.length ?? 0).toBe(question.kind === 'multiple' ? 1 : 0);
      }
      const axe = () => new AxeBuilder({ page }).include('#check-yourself').analyze();
      const serious = async () =>
        (await axe()).violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
      expect(await serious()).toEqual([]);

      await section.answer({ wrong: [0], blank: [1] });
      await section.submit.click();
      await expect(section.summary).toContainText('correct.');
      expect(await serious()).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth),
      ).toBe(false);
      await section.region.screenshot({
        path: test.info().outputPath(`check-section-${colorScheme}.png`),
      });
    });
  });
}
