/**
 * A captured server-action body with one argument field changed. Two encodings reach the server:
 * a form action posts multipart form data (React prefixes each field with its argument's index,
 * e.g. `_1_status`); a typed action called from code posts its arguments as a JSON array
 * (`[{"topicId":"…","status":"…"}]`). Either way the field must already be there, so a changed
 * client fails loudly instead of sending a request the server reads differently.
 */
export function withActionValue(body: string, field: string, value: string): string {
  const args = jsonArguments(body);
  if (args) return withArgumentValue(args, field, value);
  const part = new RegExp(`(name="(?:_?\\d+_)?${field}"\\r\\n\\r\\n)[^\\r]*`);
  if (!part.test(body)) throw new Error(`The captured action has no "${field}" field.`);
  return body.replace(part, `$1${value}`);
}

function jsonArguments(body: string): unknown[] | null {
  if (!body.startsWith('[')) return null;
  try {
    const parsed: unknown = JSON.parse(body);
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function withArgumentValue(args: unknown[], field: string, value: string): string {
  const holder = args.find(
    (arg): arg is Record<string, unknown> =>
      typeof arg === 'object' &&
      arg !== null &&
      typeof (arg as Record<string, unknown>)[field] === 'string',
  );
  if (!holder) throw new Error(`The captured action has no "${field}" field.`);
  // React escapes a string that starts with "$" as "$$" in this encoding.
  holder[field] = value.startsWith('$') ? `$${value}` : value;
  return JSON.stringify(args);
}
