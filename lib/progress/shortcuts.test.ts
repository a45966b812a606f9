import { describe, expect, it } from 'vitest';

import { shortcutOf, statusKey, topicShortcuts, type KeyPress } from './shortcuts';
import { topicStatuses } from './status';

const press = (key: string, change: Partial<KeyPress> = {}): KeyPress => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  repeat: false,
  inField: false,
  ...change,
});

describe('topic page shortcuts', () => {
  it('maps each status key and n / p to their action, whatever the case', () => {
    expect(shortcutOf(press('d'))).toEqual({ kind: 'status', status: 'done' });
    expect(shortcutOf(press('I'))).toEqual({ kind: 'status', status: 'in_progress' });
    expect(shortcutOf(press('n'))).toEqual({ kind: 'go', rel: 'next' });
    expect(shortcutOf(press('p'))).toEqual({ kind: 'go', rel: 'prev' });
  });

  it('does nothing while typing, with a modifier held or on a repeated key', () => {
    expect(shortcutOf(press('n', { inField: true }))).toBeUndefined();
    expect(shortcutOf(press('p', { ctrlKey: true }))).toBeUndefined();
    expect(shortcutOf(press('d', { metaKey: true }))).toBeUndefined();
    expect(shortcutOf(press('d', { altKey: true }))).toBeUndefined();
    expect(shortcutOf(press('d', { repeat: true }))).toBeUndefined();
    expect(shortcutOf(press('x'))).toBeUndefined();
  });

  it('gives every status one key, none of them a letter that reads as a digit', () => {
    const keys = topicStatuses.map(statusKey);
    expect(new Set(keys).size).toBe(topicStatuses.length);
    expect(topicShortcuts.map(({ key }) => key)).not.toContain('l');
    expect(topicShortcuts.map(({ key }) => key)).not.toContain('o');
  });
});
