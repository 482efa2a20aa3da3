/**
 * Where browser mode leaves its address, token and process id for this user's own tools (the CLI, tests):
 * `<data>/browser-session.json`, mode 0600, removed when browser mode stops.
 */
export const SESSION_FILE = 'browser-session.json';
