// The site's order service: a plain Node http server, no dependencies, run by the `service` environment's nginxSlots
// target from the extracted artifact:
//   node service/server.mjs --port 8091 --release <extracted artifact>
// - /health answers "ok"; /.well-known/liftoff.json is the artifact's version marker (readiness waits for it);
// - /api/orders answers the demo's orders as JSON; service/faults.json in the artifact can make a share of them fail
//   with 500 ({ "ordersFailPercent": 30 } fails 3 orders in 10, spread evenly), which is how a bad version behaves;
// - /metrics counts every other request by path and status in Prometheus text (http_requests_total), which is what
//   the canary analysis reads from each slot.
// Stops on SIGTERM or SIGINT.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const ROUTES = ['/', '/health', '/.well-known/liftoff.json', '/api/orders', '/metrics'];
const { values: args } = parseArgs({ options: { port: { type: 'string' }, release: { type: 'string', default: '.' } } });
const port = Number(args.port);
const release = args.release;
const marker = readFileSync(join(release, '.well-known', 'liftoff.json'), 'utf8');
const version = JSON.parse(marker).version;
const faults = readFaults(join(release, 'service', 'faults.json'));
const counts = new Map();
let orders = 0;

const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  const answer = route(path);
  if (path !== '/metrics') {
    const key = `${ROUTES.includes(path) ? path : 'other'}|${answer.status}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  response.writeHead(answer.status, { 'content-type': answer.type, 'x-service-version': version });
  response.end(answer.body);
});

function route(path) {
  switch (path) {
    case '/health':
      return text(200, 'ok\n');
    case '/.well-known/liftoff.json':
      return { status: 200, type: 'application/json', body: marker };
    case '/api/orders':
      return failsNext() ? text(500, 'orders: the order store did not answer\n') : json({ version, orders: [{ id: 1, item: 'rocket', quantity: 1 }] });
    case '/metrics':
      return text(200, metrics());
    case '/':
      return text(200, `sample-site order service ${version}\n`);
    default:
      return text(404, 'not found\n');
  }
}

// Spread evenly rather than at random, so a round of 20 orders at 30% fails exactly 6 of them.
function failsNext() {
  orders += 1;
  const percent = faults.ordersFailPercent;
  return Math.floor((orders * percent) / 100) > Math.floor(((orders - 1) * percent) / 100);
}

function metrics() {
  const lines = ['# HELP http_requests_total Requests answered, by path and status.', '# TYPE http_requests_total counter'];
  for (const [key, count] of counts) {
    const [path, code] = key.split('|');
    lines.push(`http_requests_total{path="${path}",code="${code}"} ${count}`);
  }
  return `${lines.join('\n')}\n`;
}

function readFaults(file) {
  try {
    return { ordersFailPercent: 0, ...JSON.parse(readFileSync(file, 'utf8')) };
  } catch (error) {
    if (error.code === 'ENOENT') return { ordersFailPercent: 0 };
    throw error;
  }
}

function text(status, body) {
  return { status, type: 'text/plain; charset=utf-8', body };
}

function json(value) {
  return { status: 200, type: 'application/json', body: `${JSON.stringify(value)}\n` };
}

server.listen(port, '127.0.0.1', () => console.log(`order service ${version} on 127.0.0.1:${server.address().port} (orders failing: ${faults.ordersFailPercent}%)`));
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  });
}
