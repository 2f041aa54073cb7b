/**
 * A small static file server for dist/, for browser tests: correct content
 * types, the site's 404 page with status 404, and an optional base path.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.xml': 'application/xml', '.txt': 'text/plain', '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_filter': 'application/octet-stream',
};

export interface RunningServer {
  url: string;
  close(): Promise<void>;
  /** Every path requested, with its status, for "no 404 in the network log" checks. */
  log: { path: string; status: number }[];
}

export async function serveDist(root: string, base = '/'): Promise<RunningServer> {
  const log: { path: string; status: number }[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const send = (file: string, status: number) => {
      log.push({ path, status });
      response.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
    };
    const notFound = () => send(join(root, '404.html'), 404);
    if (!path.startsWith(base)) return notFound();
    let file = normalize(join(root, path.slice(base.length)));
    if (!file.startsWith(root)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return notFound();
    send(file, 200);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
