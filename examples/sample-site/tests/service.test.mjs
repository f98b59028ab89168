// The order service, started from a build as its slot starts it: it serves the artifact's marker, answers orders,
// fails the share of them its faults.json asks for, and counts what it answered for the canary analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function start(ordersFailPercent) {
  const release = mkdtempSync(join(tmpdir(), 'sample-service-'));
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), release]);
  mkdirSync(join(release, '.well-known'));
  writeFileSync(join(release, '.well-known', 'liftoff.json'), JSON.stringify({ version: '1.2.3' }));
  writeFileSync(join(release, 'service', 'faults.json'), JSON.stringify({ ordersFailPercent }));
  const server = spawn(process.execPath, [join(release, 'service', 'server.mjs'), '--port', '0', '--release', release]);
  const port = await new Promise((found, failed) => {
    server.stdout.on('data', (data) => {
      const match = /on 127\.0\.0\.1:(\d+)/.exec(String(data));
      if (match) found(Number(match[1]));
    });
    server.on('exit', (code) => failed(new Error(`the service exited with ${code}`)));
  });
  return {
    get: (path) => fetch(`http://127.0.0.1:${port}${path}`),
    stop: () => {
      server.kill();
      rmSync(release, { recursive: true, force: true });
    },
  };
}

test('a good version serves its marker, its health and every order', async () => {
  const service = await start(0);
  try {
    assert.equal(JSON.parse(await (await service.get('/.well-known/liftoff.json')).text()).version, '1.2.3');
    assert.equal(await (await service.get('/health')).text(), 'ok\n');
    const statuses = [];
    for (let i = 0; i < 10; i++) statuses.push((await service.get('/api/orders')).status);
    assert.deepEqual([...new Set(statuses)], [200]);
  } finally {
    service.stop();
  }
});

test('a version with ordersFailPercent 30 fails 3 orders in 10, and its metrics count them', async () => {
  const service = await start(30);
  try {
    let failed = 0;
    for (let i = 0; i < 10; i++) failed += (await service.get('/api/orders')).status === 500 ? 1 : 0;
    const metrics = await (await service.get('/metrics')).text();
    assert.equal(failed, 3);
    assert.match(metrics, /^http_requests_total\{path="\/api\/orders",code="500"\} 3$/m);
    assert.match(metrics, /^http_requests_total\{path="\/api\/orders",code="200"\} 7$/m);
  } finally {
    service.stop();
  }
});
