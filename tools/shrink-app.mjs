// Shrinks one app Trunk built, in the directory it built it into: optimises the wasm (Trunk
// runs no wasm-opt: this runs it once, after pruning), drops what no page can reach, shortens
// the names the wasm and its JavaScript glue share, minifies the glue and the style sheets
// (tools/minify-css.mjs), and updates the Subresource Integrity hashes Trunk put on their
// links. Trunk 0.21 minifies neither the glue nor the styles without --minify, which would
// also rewrite the HTML shell that `sitegen postbuild` reads.
//
// Measured (gzip, README "Benchmarks and budgets"): minifying the glue took 2 KB off every
// route; shortening the shared names, 3 to 3.5 KB more off the wasm and 2 KB off the glue;
// dropping the classes and exports no page reaches, 1.5 to 2 KB more; minifying the styles,
// 0.7 to 0.9 KB more.
//
//   node tools/shrink-app.mjs target/apps/dist/search
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { minify } from 'terser';
import { minifyCss } from './minify-css.mjs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node tools/shrink-app.mjs <directory Trunk built one app into>');
  process.exit(2);
}
const fail = (sentence) => {
  console.error(`shrink-app: ${dir}: ${sentence}`);
  process.exit(1);
};

const html = join(dir, 'index.html');
let shell = readFileSync(html, 'utf8');
const glue = readdirSync(dir).filter((f) => f.endsWith('.js'));
if (glue.length !== 1) fail(`expected one .js file from wasm-bindgen, found ${glue.length} (${glue.join(', ')}).`);
const name = glue[0];
const wasmFiles = readdirSync(dir).filter((f) => f.endsWith('_bg.wasm'));
if (wasmFiles.length !== 1) fail(`expected one _bg.wasm file from wasm-bindgen, found ${wasmFiles.length}.`);
const wasmName = wasmFiles[0];
const source = shrinkWasm(dropClasses(readFileSync(join(dir, name), 'utf8')));

// wasm-bindgen writes a class into the glue, and a dozen exports into the wasm, for every
// `#[wasm_bindgen]` type of every dependency: Leptos's server functions bring wasm-streams'
// three stream classes. No page uses a class (the loader calls only `init`; the runbook's own
// Rust exports none), so each goes, with its finalizer and its `Symbol.dispose` line. The
// glue's shape is wasm-bindgen's: a class it cannot remove whole fails the build.
function dropClasses(glueSource) {
  let text = glueSource;
  const classes = [...text.matchAll(/^export class ([A-Za-z_$][\w$]*) \{$/gm)].map((m) => m[1]);
  for (const c of classes) {
    const body = new RegExp(
      `^export class ${c} \\{\\n[\\s\\S]*?^\\}\\n(?:if \\(Symbol\\.dispose\\) ${c}\\.prototype\\[Symbol\\.dispose\\] = ${c}\\.prototype\\.free;\\n)?`,
      'm',
    );
    const finalizer = new RegExp(`^const ${c}Finalization = [^;]*;\\n`, 'm');
    text = text.replace(body, '').replace(finalizer, '');
    if (new RegExp(`\\b${c}`).test(text)) fail(`could not remove the class ${c} from the glue whole.`);
  }
  return text;
}

// wasm-opt, once: it drops every export the glue does not call (the classes' methods, and
// exports such as `main` that the glue never names) and the code only they reached, then
// optimises for size (-Oz, as Trunk would; the wasm's target-features section tells it which
// features rustc used).
//
// It also shortens wasm-bindgen's import and export names (`__wbg_set_title_7c9f08b10ea16a`:
// 20 to 60 characters, about 170 of them), which are written in both the wasm and its glue.
// wasm-opt renames them in the wasm to one or two letters and prints what it renamed, and the
// glue is rewritten to match: the import object's keys, its module name, and every
// `wasm.<export>`. Anything left unmatched fails the build, rather than a page failing to start.
function shrinkWasm(glueSource) {
  const wasmPath = join(dir, wasmName);
  // The glue reaches the wasm's exports only as `wasm.<name>` (`wasm = instance.exports`).
  if (/\bwasm\[/.test(glueSource)) fail('the glue reads a wasm export by computed name, so unused exports cannot be told.');
  const called = new Set([...glueSource.matchAll(/\bwasm\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]));
  const exported = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(wasmPath))).map((e) => e.name);
  const missing = [...called].filter((e) => !exported.includes(e));
  if (missing.length) fail(`the glue calls ${missing.join(', ')}, which the wasm does not export.`);
  const unused = exported.filter((e) => !called.has(e));
  const prune = unused.length ? ['--remove-exports', `--pass-arg=remove-exports@${unused.join(',')}`] : [];
  let mapping;
  try {
    const printed = execFileSync(
      'wasm-opt',
      [...prune, '-Oz', '--minify-imports-and-exports-and-modules', '--strip-producers', '--strip-target-features', wasmPath, '-o', wasmPath],
      { encoding: 'utf8' },
    );
    mapping = JSON.parse(printed);
  } catch (e) {
    fail(`wasm-opt could not shrink ${wasmName}: ${e.message}`);
  }
  const imports = new Map(mapping.imports.map(([, from, to]) => [from, to]));
  const exports = new Map(mapping.exports.map(([from, to]) => [from, to]));
  const modules = [...new Set(mapping.imports.map(([module]) => module))];
  if (modules.length !== 1) fail(`expected the wasm to import from one module, found ${modules.join(', ')}.`);
  // wasm-opt does not print the module's new name: read it from the wasm it wrote.
  const renamedModules = [
    ...new Set(WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath))).map((i) => i.module)),
  ];
  if (renamedModules.length !== 1) fail(`expected the shortened wasm to import from one module, found ${renamedModules.join(', ')}.`);
  const module = JSON.stringify(modules[0]);
  if (!glueSource.includes(`${module}: import0`)) fail(`the glue names no import module ${module}.`);
  let text = glueSource.replace(`${module}: import0`, `${JSON.stringify(renamedModules[0])}: import0`);
  // The import object: one `name: function(` per import.
  const renamed = new Set();
  text = text.replace(/^(\s*)([A-Za-z_$][\w$]*)(: function\()/gm, (all, indent, key, rest) => {
    if (!imports.has(key)) return all;
    renamed.add(key);
    return `${indent}${JSON.stringify(imports.get(key))}${rest}`;
  });
  const missed = [...imports.keys()].filter((key) => !renamed.has(key));
  if (missed.length) fail(`the glue defines no import ${missed.join(', ')}.`);
  text = text.replace(/\bwasm\.([A-Za-z_$][\w$]*)/g, (all, key) => {
    if (exports.has(key)) return `wasm.${exports.get(key)}`;
    fail(`the glue uses wasm.${key}, which the wasm does not export.`);
    return all;
  });
  return text;
}

// The glue is an ES module whose exports the loader imports by name; terser keeps exports and
// property names, and renames only what is local.
const result = await minify(source, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
if (!result.code) fail(`terser returned nothing for ${name}.`);
writeFileSync(join(dir, name), result.code);

// The style sheets, minified in place (their names keep Trunk's hash of the source, which
// still names one content).
const styles = readdirSync(dir)
  .filter((f) => f.endsWith('.css'))
  .map((file) => {
    let css;
    try {
      css = minifyCss(readFileSync(join(dir, file), 'utf8'), file);
    } catch (e) {
      fail(`could not minify ${file}: ${e.message}`);
    }
    writeFileSync(join(dir, file), css);
    return [file, 'stylesheet', css];
  });

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
for (const [file, rel, bytes] of [
  [name, 'modulepreload', result.code],
  [wasmName, 'preload', readFileSync(join(dir, wasmName))],
  ...styles,
]) {
  const link = new RegExp(`(<link rel="${rel}" href="[^"]*/${file.replace(/[.]/g, '\\.')}"[^>]*integrity=")[^"]+(")`);
  if (!link.test(shell)) fail(`index.html has no ${rel} link with an integrity hash for ${file}.`);
  shell = shell.replace(link, `$1${sri(bytes)}$2`);
}
writeFileSync(html, shell);
console.log(`shrink-app: ${name} ${source.length} -> ${result.code.length} bytes`);
