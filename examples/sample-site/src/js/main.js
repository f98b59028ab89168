// The page: greet the signed-in user and show the served version.
document.addEventListener('DOMContentLoaded', async () => {
  const greeting = document.getElementById('greeting');
  try {
    const user = await signIn();
    greeting.textContent = `Hello, ${user.name}.`;
  } catch (error) {
    greeting.textContent = error.message;
  }
  document.getElementById('version').textContent = `version ${await servedVersion()}`;
});
