'use server';

import { fieldsOf, runUserAction, type ActionResult } from '@/lib/action';

import { profileSettingsInput, type ProfileSettings } from './input';
import { saveProfileSettings } from './queries';

/** Saves who can see the learner's profile, the name it shows, and whether it shows notes. */
export async function saveProfile(
  _previous: ActionResult<ProfileSettings & { login: string | null }> | null,
  formData: FormData,
): Promise<ActionResult<ProfileSettings & { login: string | null }>> {
  return runUserAction(
    'saveProfile',
    profileSettingsInput,
    fieldsOf(formData),
    async (settings, user) => {
      await saveProfileSettings(user.id, settings);
      return { ...settings, login: user.login };
    },
  );
}
