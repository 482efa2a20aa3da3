import { AppError } from '../../core/errors';

export interface DecodedImage {
  type: 'png' | 'jpg';
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** Decodes a template logo's data URI and reads its pixel size from the PNG or JPEG header. */
export function decodeImage(dataUri: string): DecodedImage {
  const m = /^data:image\/(png|jpeg);base64,(.+)$/.exec(dataUri);
  if (!m?.[2])
    throw new AppError('invalid_image', 'The logo is not a PNG or JPEG data URI.', 'style.logo.dataUri');
  const bytes = new Uint8Array(Buffer.from(m[2], 'base64'));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (m[1] === 'png') {
    const isPng =
      bytes.length > 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
    if (!isPng)
      throw new AppError('invalid_image', 'The logo says it is a PNG but is not one.', 'style.logo.dataUri');
    return { type: 'png', bytes, width: view.getUint32(16), height: view.getUint32(20) };
  }
  // JPEG: walk the segments to the first start-of-frame marker, which holds the size.
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8)
    throw new AppError('invalid_image', 'The logo says it is a JPEG but is not one.', 'style.logo.dataUri');
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) break;
    const marker = bytes[i + 1] ?? 0;
    const length = view.getUint16(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { type: 'jpg', bytes, width: view.getUint16(i + 7), height: view.getUint16(i + 5) };
    }
    i += 2 + length;
  }
  throw new AppError('invalid_image', 'The logo JPEG has no readable size.', 'style.logo.dataUri');
}
