// A static file server with a static host's semantics (GitHub Pages, Netlify, S3 website):
// a file if it exists, a folder's index.html, else 404.html with status 404. Serves `dist`
// under an optional base path. Used by the browser tests and the benchmarks; never in
// production.
//
//   node tests/e2e/server.mjs [--dir dist] [--port 8080] [--base /runbook/]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Starts a server; resolves to { url, close }. `encoding` is how responses are compressed when
 * the browser accepts it: 'gzip' (every static host; the default), 'br' (brotli, as Netlify,
 * Cloudflare Pages and most CDNs serve current browsers; the benchmark's second figure) or
 * 'none'.
 */
export async function startServer({ dir = 'dist', port = 0, base = '/', encoding = 'gzip' } = {}) {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      let status = 200;
      let file = null;
      if (path.startsWith(prefix) || `${path}/` === prefix) {
        const rel = normalize(path.slice(prefix.length - 1)).replace(/^(\.\.[/\\])+/, '');
        const candidate = join(root, rel);
        if (candidate.startsWith(root)) {
          if (await isFile(candidate)) file = candidate;
          else if (await isFile(join(candidate, 'index.html'))) file = join(candidate, 'index.html');
        }
      }
      if (!file) {
        status = 404;
        file = join(root, '404.html');
        if (!(await isFile(file))) {
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('not found');
          return;
        }
      }
      let body = await readFile(file);
      const { mtimeMs } = await stat(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      };
      const accepts = (name) => new RegExp(`\\b${name}\\b`).test(req.headers['accept-encoding'] ?? '');
      if (encoding !== 'none' && accepts(encoding) && !file.endsWith('.png')) {
        // Compressed once per file version, as a host's precompressed copy would be.
        const key = `${file}\n${mtimeMs}`;
        if (!compressed.has(key)) {
          compressed.set(key, encoding === 'br'
            ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
            : gzipSync(body, { level: 9 }));
        }
        body = compressed.get(key);
        headers['content-encoding'] = encoding;
      }
      headers['content-length'] = body.length;
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err));
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}${prefix}`,
    origin: `http://127.0.0.1:${actual}`,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const s = await startServer({ dir: arg('dir', 'dist'), port: Number(arg('port', 8080)), base: arg('base', '/') });
  console.log(`serving ${arg('dir', 'dist')} on ${s.url}`);
}
