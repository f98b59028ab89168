// Signs in the way the real site would: the session endpoint hands out a token, and /api/me/<token>.json answers
// for it. The static sample serves both as files, so the validation's critical path can follow the same two steps.
async function signIn() {
  const session = await fetch('/api/session.json').then((response) => response.json());
  const me = await fetch(`/api/me/${encodeURIComponent(session.token)}.json`);
  if (!me.ok) {
    throw new Error(`signing in failed: /api/me answered ${me.status}`);
  }
  return me.json();
}
