// The decoder lives in core (the UI uses it on a picked file too); the parsers' import path stays here.
export { decodeFile, type DecodedFile } from '../../../core/decode-text';
