import { z } from 'zod';

export const MAX_DISPLAY_NAME_LENGTH = 60;

/** A checkbox: present ("on") when ticked, absent otherwise. Anything else is a forged form. */
const checkbox = z
  .enum(['on'], { error: 'must be a checkbox value' })
  .optional()
  .transform((value) => value === 'on');

export const profileSettingsInput = z.object({
  profilePublic: checkbox,
  showNotes: checkbox,
  displayName: z
    .string()
    .default('')
    .transform((name) => name.trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .max(
          MAX_DISPLAY_NAME_LENGTH,
          `The display name can be at most ${MAX_DISPLAY_NAME_LENGTH} characters.`,
        )
        // Control and format characters (direction overrides, zero-width tricks) have no place
        // in a name shown to others.
        .refine(
          (name) => !/[\p{Cc}\p{Cf}]/u.test(name),
          'The display name has invisible characters.',
        ),
    )
    .transform((name) => name || null),
});

export type ProfileSettings = z.output<typeof profileSettingsInput>;
