export declare function compromiseLexiconModule(): string;
export declare function prebuiltModules(): { name: string; setup(build: unknown): void };
