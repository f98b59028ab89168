// A JUnit XML reporter for node:test, for Node 18.15 and later (Node's own junit reporter needs 20.10; Debian 12's
// nodejs package is 18). Check-Tests reads the file it writes:
//   node --test --test-reporter=./scripts/junit-reporter.mjs --test-reporter-destination=results/junit.xml tests/*.test.mjs
// Only leaf tests become test cases: a test file or a suite that reports its children is not one more test.
export default async function* junit(source) {
  const cases = [];
  const hadChildren = [];
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { name, nesting = 0, file = '', details = {}, skip, todo } = event.data;
    // Children finish before their parent: a parent sees the flag its children set one level down.
    const parent = hadChildren[nesting] === true;
    hadChildren[nesting] = false;
    if (nesting > 0) hadChildren[nesting - 1] = true;
    if (parent || details.type === 'suite') continue;
    const seconds = ((details.duration_ms ?? details.duration ?? 0) / 1000).toFixed(3);
    const outcome = event.type === 'test:fail' ? 'failed' : skip !== undefined || todo !== undefined ? 'skipped' : 'passed';
    cases.push({ name, file, seconds, outcome, error: details.error });
  }

  const count = (outcome) => cases.filter((c) => c.outcome === outcome).length;
  yield '<?xml version="1.0" encoding="utf-8"?>\n';
  yield `<testsuites tests="${cases.length}" failures="${count('failed')}" skipped="${count('skipped')}">\n`;
  yield `  <testsuite name="node --test" tests="${cases.length}" failures="${count('failed')}" skipped="${count('skipped')}">\n`;
  for (const c of cases) {
    yield `    <testcase name="${xml(c.name)}" classname="${xml(c.file)}" time="${c.seconds}">`;
    if (c.outcome === 'failed') yield `<failure message="${xml(String(c.error?.cause ?? c.error ?? 'failed'))}"/>`;
    if (c.outcome === 'skipped') yield '<skipped/>';
    yield '</testcase>\n';
  }
  yield '  </testsuite>\n</testsuites>\n';
}

function xml(text) {
  return String(text).replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]);
}
