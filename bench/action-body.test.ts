import { describe, expect, it } from 'vitest';

import { withFormValue } from './action-body';

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

describe('a captured action body with other values', () => {
  it('replaces exactly the named field, whatever React prefixed it with', () => {
    const changed = withFormValue(withFormValue(body, 'status', 'skipped'), 'topicId', 'indexes');
    expect(changed).toContain('name="_1_status"\r\n\r\nskipped\r\n');
    expect(changed).toContain('name="1_topicId"\r\n\r\nindexes\r\n');
    expect(changed.match(/------b/g)).toHaveLength(3);
  });

  it('refuses a body without the field rather than sending the wrong request', () => {
    expect(() => withFormValue(body, 'roadmapId', 'x')).toThrow(/no "roadmapId" field/);
  });
});
