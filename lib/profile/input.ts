import { z } from 'zod';

import { checkboxField } from '@/lib/validation';

export const MAX_DISPLAY_NAME_LENGTH = 60;

// Control and format characters (direction overrides, zero-width tricks) have no place in a name
// shown to others.
const invisibleCharacter = /[\p{Cc}\p{Cf}]/u;
const collapseSpaces = (name: string) => name.replace(/\s+/g, ' ').trim();

/**
 * A name Waymark did not get through its own form (GitHub's, or a row stored before this rule) as
 * it may be shown: the typed-name rule applied by removing what a typed name would be refused for.
 * Null when nothing visible is left, so the caller falls back to the login.
 */
export function displayableName(name: string | null | undefined): string | null {
  const visible = [...collapseSpaces(name ?? '')].filter((char) => !invisibleCharacter.test(char));
  const shown = collapseSpaces(visible.slice(0, MAX_DISPLAY_NAME_LENGTH).join(''));
  return shown || null;
}

export const profileSettingsInput = z.object({
  profilePublic: checkboxField,
  showNotes: checkboxField,
  displayName: z
    .string()
    .default('')
    .transform(collapseSpaces)
    .pipe(
      z
        .string()
        .max(
          MAX_DISPLAY_NAME_LENGTH,
          `The display name can be at most ${MAX_DISPLAY_NAME_LENGTH} characters.`,
        )
        .refine(
          (name) => !invisibleCharacter.test(name),
          'The display name has invisible characters.',
        ),
    )
    .transform((name) => name || null),
});

export type ProfileSettings = z.output<typeof profileSettingsInput>;
