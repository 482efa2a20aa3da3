import type { FilePayload } from '../../../../electron/contract/api';

/**
 * Hands an exported file to the user. In browser mode this is a download; in Electron the same
 * download shows the native Save dialog.
 */
export function saveExport(file: FilePayload): void {
  const bytes = Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
