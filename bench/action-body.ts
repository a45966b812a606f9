/**
 * A captured server-action form body with other field values: the multipart part named `field`
 * (React prefixes form fields with their argument's index, e.g. `_1_status`) gets `value`.
 */
export function withFormValue(body: string, field: string, value: string): string {
  const part = new RegExp(`(name="(?:_?\\d+_)?${field}"\\r\\n\\r\\n)[^\\r]*`);
  if (!part.test(body)) throw new Error(`The captured action has no "${field}" field.`);
  return body.replace(part, `$1${value}`);
}
