/** Serves tests/fixtures/pages on 127.0.0.1 for the end-to-end tests. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** A running fixture server. */
export interface FixtureServer {
  /** The absolute URL of a fixture page, e.g. `url('article.html')`. */
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Starts the server on a free loopback port. A page's sibling `<name>.headers.json`, when
 * present, adds response headers (a strict CSP, for instance); `generated` adds pages made
 * by the test itself (a 1 MB article, or scripts), typed by their extension.
 */
export async function serveFixtures(generated: Record<string, string> = {}): Promise<FixtureServer> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    if (path === '/favicon.ico') {
      res.writeHead(204).end(); // browsers ask for one; a 404 would show as a console error
      return;
    }
    const page = generated[path.replace(/^[/\\]/, '')];
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? TYPES['.html']! }).end(page);
      return;
    }
    const file = join(root, path);
    try {
      const body = await readFile(file);
      const headers: Record<string, string> = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      };
      try {
        Object.assign(headers, JSON.parse(await readFile(`${file}.headers.json`, 'utf8')));
      } catch {
        // no extra headers for this page
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  return {
    url: (path) => `http://127.0.0.1:${address.port}/${path}`,
    close: () =>
      new Promise((resolve) => {
        // Browsers keep connections alive; close them so the server can stop.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
