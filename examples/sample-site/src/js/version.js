// Reads the version marker every Liftoff deploy publishes, so the page says what is being served.
async function servedVersion() {
  const response = await fetch('/.well-known/liftoff.json');
  return response.ok ? (await response.json()).version : 'unknown';
}
