'use server';

import { formAction } from '@/lib/action';

import { profileSettingsInput, type ProfileSettings } from './input';
import { saveProfileSettings } from './queries';

/** Saves who can see the learner's profile, the name it shows, and whether it shows notes. */
export const saveProfile = formAction(
  'saveProfile',
  profileSettingsInput,
  async (settings, user): Promise<ProfileSettings & { login: string | null }> => {
    await saveProfileSettings(user.id, settings);
    return { ...settings, login: user.login };
  },
);
