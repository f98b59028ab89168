// Builds the site into the folder given as the first argument (default: dist), with no dependencies:
//   node scripts/build.mjs dist
// - copies src/static/ as is;
// - bundles src/js/*.js (in the order of BUNDLE below) into assets/app.js, wrapped in one scope, with a source map
//   (assets/app.js.map, version 3) that maps every line of the bundle back to its file and line;
// - copies service/ (the order service the `service` environment runs, and its faults.json) as it is, with a source
//   map of server.mjs that maps each line to itself: build.sourceMaps requires one for every script that ships.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUNDLE = ['session.js', 'version.js', 'main.js'];
// fileURLToPath rather than import.meta.dirname, which needs Node 20.11 (Debian 12's nodejs is 18).
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const output = resolve(process.argv[2] ?? join(root, 'dist'));

rmSync(output, { recursive: true, force: true });
mkdirSync(join(output, 'assets'), { recursive: true });
cpSync(join(root, 'src', 'static'), output, { recursive: true });

const lines = ['(() => {', '"use strict";'];
const mappings = [';;']; // the two wrapper lines map to nothing
let previous = { source: 0, line: 0 };
BUNDLE.forEach((file, source) => {
  const text = readFileSync(join(root, 'src', 'js', file), 'utf8').replace(/\n$/, '');
  text.split('\n').forEach((line, index) => {
    lines.push(line);
    // One segment per line: column 0 of the bundle line is column 0 of the source line. Fields are deltas.
    mappings.push(vlq(0) + vlq(source - previous.source) + vlq(index - previous.line) + vlq(0) + ';');
    previous = { source, line: index };
  });
});
lines.push('})();', '//# sourceMappingURL=app.js.map', '');

const map = {
  version: 3,
  file: 'app.js',
  sources: BUNDLE.map((file) => `src/js/${file}`),
  sourcesContent: BUNDLE.map((file) => readFileSync(join(root, 'src', 'js', file), 'utf8')),
  names: [],
  mappings: mappings.join('').replace(/;$/, ''),
};
writeFileSync(join(output, 'assets', 'app.js'), lines.join('\n'));
writeFileSync(join(output, 'assets', 'app.js.map'), JSON.stringify(map));

cpSync(join(root, 'service'), join(output, 'service'), { recursive: true });
const service = readFileSync(join(root, 'service', 'server.mjs'), 'utf8').replace(/\n$/, '').split('\n');
writeFileSync(join(output, 'service', 'server.mjs.map'), JSON.stringify({
  version: 3,
  file: 'server.mjs',
  sources: ['service/server.mjs'],
  names: [],
  mappings: service.map((_, index) => vlq(0) + vlq(0) + vlq(index === 0 ? 0 : 1) + vlq(0)).join(';'),
}));
console.log(`built ${output}: assets/app.js (${lines.length - 1} lines) from ${BUNDLE.length} modules, with a source map; service/server.mjs`);

// Base64 VLQ, as the source map format encodes numbers.
function vlq(value) {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let text = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    text += digits[digit];
  } while (rest > 0);
  return text;
}
