import { createServer } from 'node:http';

/** The machine's limit for serving a page: node:http answering with fixed bytes, nothing else. */
export async function startBareServer(
  port: number,
  pages: Record<string, { body: Buffer; contentType: string }>,
) {
  const server = createServer((request, response) => {
    const page = pages[request.url ?? ''];
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': page.contentType,
      'content-length': page.body.length,
    });
    response.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
