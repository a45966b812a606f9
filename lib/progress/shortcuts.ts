import type { TopicStatus } from './status';

/** What a single key does on a topic page: set a status, or go to the next or previous topic. */
export type TopicShortcut =
  { kind: 'status'; status: TopicStatus } | { kind: 'go'; rel: 'next' | 'prev' };

/**
 * The keys, in the order the hint lists them. Letters whose glyph cannot pass for another
 * character: `l` (in progress, before) read as "1" in the key labels, so in progress is `i`.
 */
export const topicShortcuts: readonly { key: string; does: string; shortcut: TopicShortcut }[] = [
  { key: 'd', does: 'done', shortcut: { kind: 'status', status: 'done' } },
  { key: 'i', does: 'in progress', shortcut: { kind: 'status', status: 'in_progress' } },
  { key: 's', does: 'skip', shortcut: { kind: 'status', status: 'skipped' } },
  { key: 'r', does: 'reset', shortcut: { kind: 'status', status: 'not_started' } },
  { key: 'n', does: 'next topic', shortcut: { kind: 'go', rel: 'next' } },
  { key: 'p', does: 'previous topic', shortcut: { kind: 'go', rel: 'prev' } },
];

export const statusKey = (status: TopicStatus) =>
  topicShortcuts.find(({ shortcut }) => shortcut.kind === 'status' && shortcut.status === status)!
    .key;

export type KeyPress = {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  repeat: boolean;
  /** Whether the key went to a text field, a select or an editable element. */
  inField: boolean;
};

/**
 * The shortcut a key press means, if any. Never while typing in a field, with a modifier held
 * (the browser's own shortcuts) or when the key repeats (a held key would save again and again).
 */
export function shortcutOf(press: KeyPress): TopicShortcut | undefined {
  if (press.inField || press.altKey || press.ctrlKey || press.metaKey || press.repeat) return;
  return topicShortcuts.find(({ key }) => key === press.key.toLowerCase())?.shortcut;
}
