/** Piece size for String.fromCharCode: large enough to be quick, small enough for the call stack. */
const CHARS_PER_CALL = 0x8000;

/** Bytes → base64, the form `uploads.append` carries file pieces in (JSON only on the wire). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHARS_PER_CALL) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHARS_PER_CALL));
  }
  return btoa(binary);
}
