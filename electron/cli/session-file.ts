/**
 * Where browser mode leaves its address, token and process id for this user's own tools (the CLI, tests):
 * `<data>/browser-session.json`, mode 0600, removed when browser mode stops.
 */
export const SESSION_FILE = 'browser-session.json';

/**
 * The port browser mode last listened on for this data folder (`<data>/browser-port`, a number). Started
 * again without `--port`, it listens there when the port is free: the page keeps its origin, so a tab open
 * across the restart still reads the draft it kept in its `sessionStorage` (per origin) and saves it.
 */
export const PORT_FILE = 'browser-port';
