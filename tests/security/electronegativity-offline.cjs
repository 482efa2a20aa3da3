// Preloaded into the electronegativity process by tests/integration/electronegativity.test.ts.
// The scanner fetches translations over the network before every run (and crashes in got's retry timer
// when offline); answering every request with an immediate failure keeps the scan offline and deterministic.
const Module = process.getBuiltinModule('node:module');
const load = Module._load;
const offline = () => Promise.reject(new Error('offline: network disabled for the scan'));
offline.head = offline;
offline.get = offline;
Module._load = function loadOffline(request, ...rest) {
  if (request === 'got') return offline;
  return load.call(this, request, ...rest);
};
