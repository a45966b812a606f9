/** How the action factories read a submitted form: what the schema sees and what is echoed back. */

/**
 * Form fields by name, the first of a repeated field winning. A file stays a file, so a schema
 * expecting text refuses it rather than reading the field as missing. Anyone can call an action
 * with other arguments than its form sends: anything but form data has no fields.
 */
export function fieldsOf(formData: unknown): Record<string, FormDataEntryValue> {
  const fields: Record<string, FormDataEntryValue> = {};
  if (!(formData instanceof FormData)) return fields;
  for (const [name, value] of formData) fields[name] ??= value;
  return fields;
}

/** Every field of a form, repeated ones included, without React's own `$ACTION_…` fields. */
export function entriesOf(formData: unknown): [string, FormDataEntryValue][] {
  if (!(formData instanceof FormData)) return [];
  return [...formData].filter(([name]) => !name.startsWith('$'));
}

/** The text fields of a form, to show again after a refusal (files and React's fields left out). */
export const textOf = (fields: Record<string, FormDataEntryValue>) =>
  Object.fromEntries(
    Object.entries(fields).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' && !entry[0].startsWith('$'),
    ),
  );
