// Injected at build time (esbuild `define`, Vitest `define`) from package.json.
declare const __APP_VERSION__: string;
