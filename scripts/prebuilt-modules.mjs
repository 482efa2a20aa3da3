// Modules the built bundles carry as data made at build time rather than as the code that makes it, so a
// worker starting with an article does not redo it (scripts/build.mjs; tests/unit/services/
// prebuilt-modules.test.ts checks each gives what the source module does).
//   electron/services/import/article/compromise-lexicon.ts  compromise's lexicon, written out: loading
//     compromise to build it took most of half a second of the article worker's start.
import nlp from 'compromise';

/** The source text that stands for compromise-lexicon.ts in a bundle. */
export function compromiseLexiconModule() {
  const lexicon = nlp.model().one.lexicon;
  // JSON.parse of one string literal: read faster than the same object written as a literal.
  return `export const lexicon = JSON.parse(${JSON.stringify(JSON.stringify(lexicon))});\n`;
}

/** An esbuild plugin that loads each prebuilt module's data in place of its source (made once a build). */
export function prebuiltModules() {
  let lexicon;
  return {
    name: 'prebuilt-modules',
    setup(build) {
      build.onLoad({ filter: /[\\/]import[\\/]article[\\/]compromise-lexicon\.ts$/ }, () => {
        lexicon ??= compromiseLexiconModule();
        return { contents: lexicon, loader: 'js' };
      });
    },
  };
}
