/** Control characters (C0, DEL, C1) and the invisible direction overrides and isolates. */
const unsafeCharacters = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A query-string value as the app may use it: the first of a repeated parameter, without control
 * or direction-override characters, trimmed and cut to `maxLength` characters.
 */
export function cleanQueryValue(
  value: string | string[] | null | undefined,
  maxLength: number,
): string {
  const first = Array.isArray(value) ? value[0] : value;
  return (first ?? '').replace(unsafeCharacters, '').trim().slice(0, maxLength);
}
