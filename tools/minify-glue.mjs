// Minifies the JavaScript glue wasm-bindgen writes for one app, in the directory Trunk built it
// into, and updates the Subresource Integrity hash Trunk put on its <link rel="modulepreload">.
// Trunk 0.21 does not minify this file (its --minify would also rewrite the HTML shell, which
// `sitegen postbuild` reads). Measured in `make bench`: about 2 KB less on every route.
//
//   node tools/minify-glue.mjs target/apps/dist/search
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node tools/minify-glue.mjs <directory Trunk built one app into>');
  process.exit(2);
}
const fail = (sentence) => {
  console.error(`minify-glue: ${dir}: ${sentence}`);
  process.exit(1);
};

const html = join(dir, 'index.html');
let shell = readFileSync(html, 'utf8');
const glue = readdirSync(dir).filter((f) => f.endsWith('.js'));
if (glue.length !== 1) fail(`expected one .js file from wasm-bindgen, found ${glue.length} (${glue.join(', ')}).`);
const name = glue[0];
const source = readFileSync(join(dir, name), 'utf8');

// The glue is an ES module whose exports the loader imports by name; terser keeps exports and
// property names, and renames only what is local.
const result = await minify(source, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
if (!result.code) fail(`terser returned nothing for ${name}.`);
writeFileSync(join(dir, name), result.code);

const integrity = `sha384-${createHash('sha384').update(result.code).digest('base64')}`;
const link = new RegExp(`(<link rel="modulepreload" href="[^"]*/${name.replace(/[.]/g, '\\.')}"[^>]*integrity=")[^"]+(")`);
if (!link.test(shell)) fail(`index.html has no modulepreload link with an integrity hash for ${name}.`);
shell = shell.replace(link, `$1${integrity}$2`);
writeFileSync(html, shell);
console.log(`minify-glue: ${name} ${source.length} -> ${result.code.length} bytes`);
