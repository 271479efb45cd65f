// Which text encoding an export uses, and a streaming decoder for it (shared/domain.md §1).
// Pure: the caller reads the file and passes bytes in.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type EncodingDetection = { encoding: TextEncodingName; bomLength: number } | { error: 'binary' | 'empty' };

/**
 * Signatures of files that are certainly not text (the caller handles .xlsx by its own check
 * first). Formats whose headers hold NUL bytes anyway (executables, images) need no entry.
 */
const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04], // ZIP, .xlsx, .docx
  [0x50, 0x4b, 0x05, 0x06], // empty ZIP
  [0x50, 0x4b, 0x07, 0x08], // spanned ZIP
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE2: .xls, .doc, .et
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x1f, 0x8b], // gzip
  [0x42, 0x5a, 0x68, 0x39, 0x31, 0x41, 0x59], // bzip2 (BZh9 + block magic)
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], // RAR
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74, 0x20, 0x33, 0x00], // SQLite
  [0x7f, 0x45, 0x4c, 0x46], // ELF
];

/**
 * Guesses the encoding of a text export from its first bytes (up to 64 KiB).
 *
 * A BOM decides. Otherwise UTF-16 when NUL bytes sit almost only at odd (LE) or even (BE)
 * offsets; otherwise UTF-8 when the head is strictly valid UTF-8 (a multibyte character cut
 * at the very end of the head is forgiven); otherwise GB18030, the superset of GBK that
 * Taobao writes. 'binary' for known binary signatures, NUL bytes in 8-bit text, or many
 * control characters; 'empty' for no bytes, or only a BOM and ASCII whitespace.
 */
export function detectEncoding(head: Uint8Array): EncodingDetection {
  if (head.length === 0) return { error: 'empty' };

  const bom = bomOf(head);
  if (bom) {
    if (bom.encoding === 'utf-8') {
      if (onlyWhitespace8(head, bom.bomLength)) return { error: 'empty' };
      if (head.indexOf(0, bom.bomLength) >= 0) return { error: 'binary' };
      return bom;
    }
    return onlyWhitespace16(head, bom.bomLength, bom.encoding === 'utf-16le') ? { error: 'empty' } : bom;
  }

  if (hasBinarySignature(head)) return { error: 'binary' };

  if (head.indexOf(0) >= 0) {
    const utf16 = guessUtf16(head);
    if (!utf16) return { error: 'binary' };
    return onlyWhitespace16(head, 0, utf16 === 'utf-16le') ? { error: 'empty' } : { encoding: utf16, bomLength: 0 };
  }

  if (onlyWhitespace8(head, 0)) return { error: 'empty' };
  if (tooManyControlBytes(head)) return { error: 'binary' };
  if (isStrictUtf8(head)) return { encoding: 'utf-8', bomLength: 0 };
  return { encoding: 'gb18030', bomLength: 0 };
}

function bomOf(b: Uint8Array): { encoding: TextEncodingName; bomLength: number } | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return null;
}

function hasBinarySignature(b: Uint8Array): boolean {
  return BINARY_SIGNATURES.some((sig) => b.length >= sig.length && sig.every((byte, i) => b[i] === byte));
}

function isWhitespaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c;
}

function onlyWhitespace8(b: Uint8Array, from: number): boolean {
  for (let i = from; i < b.length; i++) if (!isWhitespaceCode(b[i]!)) return false;
  return true;
}

function onlyWhitespace16(b: Uint8Array, from: number, littleEndian: boolean): boolean {
  const end = b.length - ((b.length - from) & 1);
  for (let i = from; i < end; i += 2) {
    const unit = littleEndian ? b[i]! | (b[i + 1]! << 8) : (b[i]! << 8) | b[i + 1]!;
    if (!isWhitespaceCode(unit)) return false;
  }
  return true;
}

/**
 * UTF-16 without a BOM: ASCII-ish text has a zero high byte in (nearly) every ASCII code unit,
 * at odd offsets for LE and even offsets for BE. Binary data has zeros at both parities.
 * Chinese code units are rarely zero in either byte, so require only a tenth of the units to
 * look ASCII, and the other parity to be nearly free of zeros (一 U+4E00 has a zero low byte).
 * Then nine in ten code units must be characters an export plausibly holds: 8-bit text with a
 * stray NUL, read as UTF-16, gives pairs like `a,` = U+2C61 or `12` = U+3231 instead.
 */
function guessUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const units = b.length >> 1;
  if (units < 2) return null;
  let zerosEven = 0;
  let zerosOdd = 0;
  for (let i = 0; i + 1 < b.length; i += 2) {
    if (b[i] === 0) zerosEven++;
    if (b[i + 1] === 0) zerosOdd++;
  }
  const pick = (dominant: number, other: number): boolean => dominant >= units * 0.1 && other <= dominant * 0.1;
  const littleEndian = pick(zerosOdd, zerosEven) ? true : pick(zerosEven, zerosOdd) ? false : null;
  if (littleEndian === null) return null;
  const encoding = littleEndian ? 'utf-16le' : 'utf-16be';

  let plausible = 0;
  for (let i = 0; i + 1 < b.length; i += 2) {
    if (isPlausibleUnit(littleEndian ? b[i]! | (b[i + 1]! << 8) : (b[i]! << 8) | b[i + 1]!)) plausible++;
  }
  if (plausible < units * 0.9) return null;

  // Lone surrogates mean it is not UTF-16 after all (cut a possibly split pair at the end).
  let end = units * 2;
  const lastHigh = littleEndian ? b[end - 1]! : b[end - 2]!;
  if (lastHigh >= 0xd8 && lastHigh <= 0xdb) end -= 2;
  try {
    new TextDecoder(encoding, { fatal: true }).decode(b.subarray(0, end));
  } catch {
    return null;
  }
  return encoding;
}

/** Code units of Chinese shop data: ASCII, Latin-1, punctuation and symbols, CJK, full-width forms, surrogates. */
function isPlausibleUnit(u: number): boolean {
  if (u < 0x80) return u >= 0x20 ? u !== 0x7f : u === 0x09 || u === 0x0a || u === 0x0d;
  return (
    (u >= 0xa0 && u <= 0xff) ||
    (u >= 0x2000 && u <= 0x27bf) || // punctuation, letterlike, arrows, ①, box drawing, ■★✔
    (u >= 0x3000 && u <= 0x9fff) || // CJK punctuation, kana, bopomofo, enclosed CJK, CJK ideographs
    (u >= 0xd800 && u <= 0xdfff) || // surrogates (emoji); pairing is checked by the decoder
    (u >= 0xfe00 && u <= 0xfe4f) || // variation selectors, CJK compatibility forms
    (u >= 0xff00 && u <= 0xffef) // full-width forms
  );
}

/** More than 5% C0 control bytes other than tab, line breaks, form feed, ESC and SUB (DOS EOF). */
function tooManyControlBytes(b: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0b && c !== 0x0c && c !== 0x1b && c !== 0x1a) || c === 0x7f) {
      controls++;
    }
  }
  return controls > b.length * 0.05;
}

/** Strict UTF-8, forgiving only an incomplete multibyte sequence cut at the very end of the head. */
function isStrictUtf8(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, completeUtf8End(b)));
    return true;
  } catch {
    return false;
  }
}

/** The end of the head without a trailing incomplete UTF-8 sequence. */
function completeUtf8End(b: Uint8Array): number {
  const len = b.length;
  let i = len - 1;
  let continuations = 0;
  while (i >= 0 && continuations < 3 && (b[i]! & 0xc0) === 0x80) {
    i--;
    continuations++;
  }
  if (i < 0) return len;
  const lead = b[i]!;
  const needed = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xc2 && lead <= 0xdf ? 2 : 0;
  return needed > continuations + 1 ? i : len;
}

export interface StreamDecoder {
  /** Decodes the next chunk; a character split across chunks comes out with the later chunk. */
  write(chunk: Uint8Array): string;
  /** Flushes the decoder: an incomplete character left at the end becomes U+FFFD. */
  end(): string;
}

/**
 * A streaming decoder: skips the first `bomLength` bytes of the stream (even when the BOM
 * itself is split across chunks), then decodes with replacement characters for bad bytes.
 */
export function createStreamDecoder(encoding: TextEncodingName, bomLength: number): StreamDecoder {
  const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
  let toSkip = bomLength;
  return {
    write(chunk) {
      let bytes = chunk;
      if (toSkip > 0) {
        const skip = Math.min(toSkip, bytes.length);
        toSkip -= skip;
        bytes = bytes.subarray(skip);
      }
      return bytes.length === 0 ? '' : decoder.decode(bytes, { stream: true });
    },
    end() {
      return decoder.decode();
    },
  };
}
