import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

import { expect, test as setup } from '@playwright/test';

import { accountButton, signInAs, uniqueLogin } from './auth';
import { loginPath, setupLearners, storageStatePath } from './support/learners';

// Signs each learner in once through GitHub's OAuth flow (the local stand-in), and saves the
// session for the specs that only need "a signed-in learner". The logins are new on every run, so
// a reused server's database never hands a spec a learner with history.
for (const name of setupLearners) {
  setup(`sign in the ${name} learner`, async ({ page }) => {
    const login = uniqueLogin(name);
    await page.goto('/');
    await signInAs(page, login);
    await expect(accountButton(page)).toContainText(login);
    mkdirSync(dirname(storageStatePath(name)), { recursive: true });
    await page.context().storageState({ path: storageStatePath(name) });
    writeFileSync(loginPath(name), login);
  });
}
