import { signInAs } from './auth';
import { correctOptions, firstCheckedTopic } from './checks-content';
import { allTopics, firstRoadmap } from './content';
import { queryE2eDatabase } from './database';
import { describeAs, expect, test } from './fixtures';
import { waitForSaves } from './pages/session';

const roadmap = firstRoadmap();
const [first, second] = allTopics(roadmap).map(({ topic }) => topic);

/** Rows holding this id in the users table and in every table with a user_id column. */
async function rowsOf(userId: string) {
  const tables = await queryE2eDatabase<{ table_name: string }>(
    `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'user_id'`,
  );
  let total = Number(
    (
      await queryE2eDatabase<{ n: string }>('select count(*) as n from users where id = $1', [
        userId,
      ])
    )[0]!.n,
  );
  for (const { table_name } of tables) {
    const [row] = await queryE2eDatabase<{ n: string }>(
      `select count(*) as n from "${table_name}" where user_id = $1`,
      [userId],
    );
    total += Number(row!.n);
  }
  return total;
}

describeAs('exporter', 'a learner', () => {
  test('exports, deletes the account, signs in again and imports the export to restore the progress', async ({
    page,
    login,
    roadmapPage,
    topicPage,
    settingsPage,
  }) => {
    await roadmapPage.open();
    await roadmapPage.statusSelect(first!.id).selectOption('done');
    await roadmapPage.statusSelect(second!.id).selectOption('skipped');
    await waitForSaves(page);
    await topicPage.goto(first!.id);
    await topicPage.saveNote('Worth keeping');
    const userId = (
      await queryE2eDatabase<{ id: string }>('select id from users where login = $1', [login])
    )[0]!.id;

    const exportPath = await settingsPage.downloadExport();

    await settingsPage.deleteConfirmation.fill('not-my-login');
    await settingsPage.deleteButton.click();
    await expect(page.getByRole('alert').filter({ hasText: 'nothing was deleted' })).toBeVisible();
    expect(await rowsOf(userId)).toBeGreaterThan(0);

    await settingsPage.deleteAccount(login);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account was deleted');
    expect(await rowsOf(userId)).toBe(0);

    await roadmapPage.goto();
    await signInAs(page, login);
    await settingsPage.importExport(exportPath, 'Imported: 2 of 2 topics and 1 of 1 notes');

    await roadmapPage.goto();
    await expect(roadmapPage.statusSelect(first!.id)).toHaveValue('done');
    await expect(roadmapPage.statusSelect(second!.id)).toHaveValue('skipped');
    await topicPage.goto(first!.id);
    await expect(topicPage.noteField).toHaveValue('Worth keeping');
  });
});

test('the export needs a session', async ({ request }) => {
  expect((await request.get('/api/export')).status()).toBe(401);
});

/** A version 3 export of `login` made at `at`, holding `lists`, as a learner might edit one. */
const handEditedExport = (login: string, at: string, lists: object) => ({
  format: 'waymark-export',
  version: 3,
  exportedAt: at,
  profile: { name: null, login, timeZone: null, createdAt: at },
  ...lists,
});

describeAs('importer', 'an invalid import', () => {
  test('is refused with the reason', async ({ page, settingsPage }) => {
    await settingsPage.goto();
    await settingsPage.importContent({ format: 'waymark-export', version: 9 });
    await expect(
      page.getByRole('alert').filter({ hasText: 'Nothing was imported. version is not 1' }),
    ).toBeVisible();
  });

  test('a hand-edited file naming a topic its roadmap never had is refused whole, as the page says', async ({
    page,
    login,
    settingsPage,
  }) => {
    await settingsPage.goto();
    await expect(page.getByText('a topic its roadmap never had included')).toBeVisible();
    const updatedAt = new Date().toISOString();
    const file = handEditedExport(login, updatedAt, {
      progress: [
        { roadmapId: roadmap.id, topicId: first!.id, status: 'done', updatedAt },
        { roadmapId: roadmap.id, topicId: 'made-up-topic', status: 'done', updatedAt },
      ],
      history: [],
    });
    await settingsPage.importContent(file);
    await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toContainText(
      `Nothing was imported. progress[1].topicId names a topic "made-up-topic" the roadmap "${roadmap.id}" never had`,
    );
    const rows = await queryE2eDatabase(
      'select 1 from progress p join users u on u.id = p.user_id where u.login = $1',
      [login],
    );
    expect(rows).toEqual([]);
    await page.goto('/dashboard');
    await expect(page.getByRole('region', { name: 'Retired topics' })).toHaveCount(0);
  });

  test('the summary lists the knowledge-check results it imported', async ({
    page,
    login,
    settingsPage,
  }) => {
    const { roadmapId, topicId, title, check } = firstCheckedTopic();
    const question = check.questions[0]!;
    const answeredAt = new Date().toISOString();
    const file = handEditedExport(login, answeredAt, {
      progress: [],
      history: [],
      checkAnswers: [
        {
          attemptId: 'imported-1',
          roadmapId,
          topicId,
          questionId: question.id,
          chosenOptionIds: correctOptions(question).map((option) => option.id),
          correct: false, // the file's word is never taken: the import grades again
          answeredAt,
        },
      ],
    });
    await settingsPage.goto();
    await settingsPage.importContent(file);
    await expect(page.getByRole('status').filter({ hasText: 'Knowledge-check' })).toContainText(
      `Knowledge-check results: 1 attempt on 1 topic (latest on each: ${title} 1 of 1 correct); 1 answer was new to your account.`,
    );
  });
});
