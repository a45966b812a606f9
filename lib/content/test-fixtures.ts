/** A valid topic file for content tests; `extra` adds front matter lines. */
export const topicFile = (id: string, extra = '') => `---
id: ${id}
title: Topic ${id}
summary: What ${id} is.
why: Why ${id} matters.
hours: 2
concepts: [One idea, Another idea]
resources:
  - { title: Official docs, type: docs, cost: free, url: "https://example.org/docs/" }
  - { title: A course, type: course, cost: paid, url: "https://example.org/course/" }
  - { title: A book, type: book, cost: paid, url: "https://example.org/book/" }
reviewed: 2026-11-30
reviewer: A. Reader
${extra}---
The explanation of ${id}.
`;

/** A valid `project.md` for content tests; `extra` adds or overrides front matter lines. */
export const projectFile = (id: string, extra = 'reviewed: 2026-11-30\nreviewer: A. Reader\n', body = `Build ${id}.`) => `---
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
