/** A valid `project.md` for content tests; `extra` adds or overrides front matter lines. */
export const projectFile = (id: string, extra = 'reviewed: 2026-11-30\n', body = `Build ${id}.`) => `---
id: ${id}
title: Build ${id}
hours: 6
requirements:
  - It starts from one command
  - It answers a request
  - It logs each request
  - It stops cleanly on Ctrl-C
acceptance:
  - "\`curl -i localhost:8080/\` answers 200"
  - A missing path answers 404
stretch:
  - Add caching headers
  - Serve ranges
${extra}---
${body}
`;
