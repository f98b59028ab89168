// The site's own tests (Check-Tests runs them with a JUnit reporter): the build writes a bundle whose source map
// leads every line back to its module, and the page loads that bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// fileURLToPath rather than import.meta.dirname, which needs Node 20.11 (Debian 12's nodejs is 18).
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function build() {
  const output = mkdtempSync(join(tmpdir(), 'sample-site-'));
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), output]);
  return output;
}

function decode(segment) {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const values = [];
  let value = 0;
  let shift = 0;
  for (const character of segment) {
    const digit = digits.indexOf(character);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

test('every mapped line of the bundle is the line of its module', () => {
  const output = build();
  try {
    const bundle = readFileSync(join(output, 'assets', 'app.js'), 'utf8').split('\n');
    const map = JSON.parse(readFileSync(join(output, 'assets', 'app.js.map'), 'utf8'));
    let source = 0;
    let line = 0;
    let mapped = 0;
    map.mappings.split(';').forEach((segment, index) => {
      if (segment === '') return;
      const [, sourceDelta, lineDelta] = decode(segment);
      source += sourceDelta;
      line += lineDelta;
      assert.equal(bundle[index], map.sourcesContent[source].split('\n')[line], `bundle line ${index + 1}`);
      mapped++;
    });
    assert.ok(mapped > 10, `only ${mapped} lines mapped`);
    assert.match(bundle.at(-2), /^\/\/# sourceMappingURL=app\.js\.map$/);
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
});

test('the page loads the bundle', () => {
  const output = build();
  try {
    assert.match(readFileSync(join(output, 'index.html'), 'utf8'), /<script src="\/assets\/app\.js"><\/script>/);
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
});
