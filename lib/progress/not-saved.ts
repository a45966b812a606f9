import type { ActionError } from '@/lib/action';
import {
  forbiddenMessage,
  rateLimitedMessage,
  saveUnavailableMessage,
  signInToSaveMessage,
} from '@/lib/messages';

/**
 * Why a save made without JavaScript was refused, as the page it is sent to reads it from the URL:
 * a code and its details, never the message itself (a link anyone can craft must not make
 * Waymark say whatever it contains).
 */
export type Refusal = {
  code: ActionError['code'] | undefined;
  fields: string[];
  wait: number | undefined;
};

const codes: ActionError['code'][] = [
  'UNAUTHENTICATED',
  'INVALID_INPUT',
  'RATE_LIMITED',
  'FORBIDDEN',
  'UNAVAILABLE',
];
const fieldNames: Record<string, string> = { topicId: 'The topic', status: 'The status' };

/** The query string carrying a refusal. */
export function refusalQuery(error: ActionError): string {
  const query = new URLSearchParams({ reason: error.code });
  if (error.fields) query.set('fields', Object.keys(error.fields).join(','));
  if (error.retryAfterSeconds !== undefined) query.set('wait', String(error.retryAfterSeconds));
  return query.toString();
}

/** A refusal read back from search parameters; anything unknown is dropped, never an error. */
export function parseRefusal(params: Record<string, string | string[] | undefined>): Refusal {
  const one = (name: string) => {
    const value = params[name];
    return typeof value === 'string' ? value : undefined;
  };
  const code = codes.find((c) => c === one('reason'));
  const fields = (one('fields') ?? '').split(',').filter((field) => field in fieldNames);
  const wait = Number(one('wait'));
  return {
    code,
    fields,
    wait: Number.isInteger(wait) && wait > 0 && wait < 86400 ? wait : undefined,
  };
}

/** What the learner is told: the same words the form would show with JavaScript. */
export function refusalMessage({ code, fields, wait }: Refusal): string {
  switch (code) {
    case 'UNAUTHENTICATED':
      return signInToSaveMessage;
    case 'RATE_LIMITED':
      return rateLimitedMessage(wait ?? 1);
    case 'FORBIDDEN':
      return forbiddenMessage;
    case 'UNAVAILABLE':
      return saveUnavailableMessage;
    case 'INVALID_INPUT':
      return fields.length
        ? fields
            .map((field) => `${fieldNames[field]} was missing or not one of the choices.`)
            .join(' ')
        : 'The form was not filled in as expected. Choose a topic and a status.';
    default:
      return 'Nothing was saved. Go back, choose a topic and a status, and try again.';
  }
}
