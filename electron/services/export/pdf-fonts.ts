import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

const require = createRequire(import.meta.url);

/** pdfmake's own Roboto (Latin, Greek, Cyrillic): the house body font. */
const robotoDir = resolve(dirname(require.resolve('pdfmake/fonts/Roboto.js')), 'Roboto');
const roboto = {
  normal: resolve(robotoDir, 'Roboto-Regular.ttf'),
  bold: resolve(robotoDir, 'Roboto-Medium.ttf'),
  italics: resolve(robotoDir, 'Roboto-Italic.ttf'),
  bolditalics: resolve(robotoDir, 'Roboto-MediumItalic.ttf'),
};

/** Font family → its four files, as pdfmake's `setFonts` takes them. */
export const PDF_FONTS = { Roboto: roboto };

/** Every file an export may read: pdfmake's local access policy allows these and nothing else. */
export const fontFiles = new Set(Object.values(PDF_FONTS).flatMap((f) => Object.values(f)));
