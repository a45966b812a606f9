import { describe, expect, it } from 'vitest';

import { withActionValue } from './action-body';

const body = [
  '------b',
  'Content-Disposition: form-data; name="1_topicId"',
  '',
  'sql-basics',
  '------b',
  'Content-Disposition: form-data; name="_1_status"',
  '',
  'done',
  '------b--',
].join('\r\n');

describe('a captured form action body with other values', () => {
  it('replaces exactly the named field, whatever React prefixed it with', () => {
    const changed = withActionValue(
      withActionValue(body, 'status', 'skipped'),
      'topicId',
      'indexes',
    );
    expect(changed).toContain('name="_1_status"\r\n\r\nskipped\r\n');
    expect(changed).toContain('name="1_topicId"\r\n\r\nindexes\r\n');
    expect(changed.match(/------b/g)).toHaveLength(3);
  });

  it('refuses a body without the field rather than sending the wrong request', () => {
    expect(() => withActionValue(body, 'roadmapId', 'x')).toThrow(/no "roadmapId" field/);
  });
});

describe('a captured typed action body with other values', () => {
  const typed = JSON.stringify([{ roadmapId: 'backend', topicId: 'sql-basics', status: 'done' }]);

  it('replaces exactly the named argument field and keeps the rest', () => {
    const changed = withActionValue(
      withActionValue(typed, 'status', 'skipped'),
      'topicId',
      'indexes',
    );
    expect(JSON.parse(changed)).toEqual([
      { roadmapId: 'backend', topicId: 'indexes', status: 'skipped' },
    ]);
  });

  it('escapes a value starting with "$" the way React does', () => {
    expect(JSON.parse(withActionValue(typed, 'topicId', '$x'))).toEqual([
      { roadmapId: 'backend', topicId: '$$x', status: 'done' },
    ]);
  });

  it('refuses a body without the field', () => {
    expect(() => withActionValue(typed, 'timeZone', 'UTC')).toThrow(/no "timeZone" field/);
  });
});
