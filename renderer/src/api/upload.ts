import type { UploadKind } from '../../../electron/core/limits';
import { UPLOAD_CHUNK_BYTES } from '../../../electron/core/limits';
import type { Result, UPLOADS_PATH } from '../../../electron/contract/api';
import { ApiError, call, isElectron, sessionToken } from './client';

/**
 * Sends a file the user picked to the app as an upload and answers its id, for a call that takes a
 * file (`uploadId`). The file goes to a temporary file in the data folder as it is read — never as one
 * JSON string: browser mode streams it in one `PUT`, Electron in chunks over IPC. The announced size is
 * checked against the kind's limit before a byte is sent.
 */
export async function uploadFile(file: File, kind: UploadKind): Promise<string> {
  const { uploadId } = await call('uploads:begin', { kind, bytes: file.size });
  try {
    if (isElectron) {
      for (let offset = 0; offset < file.size; offset += UPLOAD_CHUNK_BYTES) {
        const piece = file.slice(offset, offset + UPLOAD_CHUNK_BYTES);
        await call('uploads:append', { uploadId, chunk: new Uint8Array(await piece.arrayBuffer()) });
      }
    } else {
      await put(uploadId, file);
    }
    return uploadId;
  } catch (error) {
    void call('uploads:discard', { uploadId }).catch(() => {});
    throw error;
  }
}

async function put(uploadId: string, file: File): Promise<void> {
  // The path as a literal the contract's type vouches for (a value import would bundle the schemas).
  const path: typeof UPLOADS_PATH = '/uploads/';
  let res: Response;
  try {
    res = await fetch(`${path}${uploadId}`, {
      method: 'PUT',
      headers: {
        'Content-Type': 'application/octet-stream',
        Authorization: `Bearer ${await sessionToken()}`,
      },
      body: file,
    });
  } catch (error) {
    throw new ApiError({
      code: 'unreachable',
      message: `Could not send the file: ${(error as Error).message}`,
    });
  }
  if (!res.ok)
    throw new ApiError({
      code: `http_${res.status}`,
      message: `The app refused the file: ${await res.text()}`,
    });
  const result = (await res.json()) as Result<unknown>;
  if (!result.ok) throw new ApiError(result.error);
}
