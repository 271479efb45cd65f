// The zip container of an .xlsx: reads the central directory, refuses zip bombs and damaged
// archives before inflating anything, and inflates one entry as a stream of chunks (fflate's
// pure-JS inflate) while checking the output against the declared size and CRC-32.
// Pure: the caller passes the whole file's bytes.

import { Inflate } from 'fflate';
import { damaged, XlsxError } from './xlsx-error';

export interface ZipEntry {
  /** As stored, with '\' turned into '/'. */
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  maxEntries: number;
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalUncompressed: number;
  /** An entry bigger than `ratioAppliesAbove` may not be compressed more than this (x:1). */
  maxRatio: number;
  ratioAppliesAbove: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalUncompressed: 1024 * 1024 * 1024,
  maxRatio: 200,
  ratioAppliesAbove: 10 * 1024 * 1024,
};

export interface ZipDirectory {
  entries: readonly ZipEntry[];
  /** Part names are case-insensitive in a workbook (OPC): looks one up ignoring case. */
  find(name: string): ZipEntry | undefined;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;

const MiB = 1024 * 1024;

function u16(b: Uint8Array, i: number): number {
  return b[i]! | (b[i + 1]! << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
}

/** A 64-bit little-endian size or offset; anything beyond 2^53 is damage. */
function u64(b: Uint8Array, i: number): number {
  const high = u32(b, i + 4);
  if (high > 0x1fffff) throw damaged('压缩包目录里的数值超出范围');
  return high * 0x1_0000_0000 + u32(b, i);
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - 0xffff);
  for (let i = bytes.length - EOCD_SIZE; i >= lowest; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && u32(bytes, i) === SIG_EOCD && i + EOCD_SIZE + u16(bytes, i + 20) <= bytes.length) return i;
  }
  return -1;
}

const nameDecoder = new TextDecoder('utf-8');

/**
 * Reads and checks the central directory. Throws XlsxError:
 * - 'damaged' when there is no end record (cut off), a record or entry lies outside the file,
 *   the entry count does not match, or two entries share a name;
 * - 'too-large' for more than `maxEntries` entries, a declared total over `maxTotalUncompressed`,
 *   or an entry over `ratioAppliesAbove` compressed more than `maxRatio`:1 (a zip bomb);
 * - 'unsupported' for encrypted entries or compression other than stored/deflate.
 */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipDirectory {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) throw damaged('找不到压缩包的目录，文件可能只下载了一部分');
  if (u16(bytes, eocd + 4) !== 0 || u16(bytes, eocd + 6) !== 0) throw damaged('分卷压缩包');

  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator >= 0 && u32(bytes, locator) === SIG_ZIP64_LOCATOR) {
      const zip64 = u64(bytes, locator + 8);
      if (zip64 + 56 > bytes.length || u32(bytes, zip64) !== SIG_ZIP64_EOCD) throw damaged('ZIP64 目录记录不对');
      count = u64(bytes, zip64 + 32);
      cdSize = u64(bytes, zip64 + 40);
      cdOffset = u64(bytes, zip64 + 48);
    }
  }
  if (count > limits.maxEntries) {
    throw new XlsxError('too-large', `这个文件里有 ${count} 个部件，远多于 Excel 工作簿会有的数量，可能是恶意构造的压缩包，没有导入。`);
  }
  if (cdOffset + cdSize > bytes.length) throw damaged('压缩包目录超出了文件末尾');

  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let total = 0;
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + CENTRAL_SIZE > bytes.length || u32(bytes, p) !== SIG_CENTRAL) throw damaged('压缩包目录记录不对');
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const crc32 = u32(bytes, p + 16);
    let compressedSize = u32(bytes, p + 20);
    let uncompressedSize = u32(bytes, p + 24);
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    let localHeaderOffset = u32(bytes, p + 42);
    const nameStart = p + CENTRAL_SIZE;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > bytes.length) throw damaged('压缩包目录记录不对');
    const name = nameDecoder.decode(bytes.subarray(nameStart, extraStart)).replaceAll('\\', '/');

    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // ZIP64 extra field (id 1): the 64-bit values, in this order, of the fields set to 0xffffffff.
      let q = extraStart;
      const end = extraStart + extraLength;
      while (q + 4 <= end) {
        const id = u16(bytes, q);
        const size = u16(bytes, q + 2);
        if (id === 1) {
          let r = q + 4;
          const take = (): number => {
            if (r + 8 > q + 4 + size) throw damaged('ZIP64 字段不完整');
            const value = u64(bytes, r);
            r += 8;
            return value;
          };
          if (uncompressedSize === 0xffffffff) uncompressedSize = take();
          if (compressedSize === 0xffffffff) compressedSize = take();
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = take();
          break;
        }
        q += 4 + size;
      }
    }

    const entry: ZipEntry = { name, method, flags, crc32, compressedSize, uncompressedSize, localHeaderOffset };
    if (localHeaderOffset + LOCAL_SIZE + compressedSize > bytes.length) throw damaged(`${name} 超出了文件末尾`);
    const key = name.toLowerCase();
    if (byName.has(key)) throw damaged(`${name} 出现了两次`);
    byName.set(key, entry);
    entries.push(entry);
    total += uncompressedSize;
    p = next;
  }

  // Sizes first, so a bomb is refused as a bomb even if it is also encrypted or exotic.
  if (total > limits.maxTotalUncompressed) {
    throw new XlsxError(
      'too-large',
      `这个文件解压后有 ${Math.round(total / MiB)} MB，超过了 ${Math.round(limits.maxTotalUncompressed / MiB)} MB 的上限（可能是恶意构造的压缩包），没有导入。订单很多时请导出 CSV 格式。`,
    );
  }
  for (const entry of entries) {
    if (entry.uncompressedSize > limits.ratioAppliesAbove && entry.uncompressedSize > entry.compressedSize * limits.maxRatio) {
      throw new XlsxError(
        'too-large',
        `这个文件里的 ${entry.name} 压缩比异常（${Math.round(entry.compressedSize / 1024)} KB 解压成 ${Math.round(entry.uncompressedSize / MiB)} MB），像是“压缩炸弹”，没有导入。`,
      );
    }
  }
  for (const entry of entries) {
    if (entry.flags & 1) {
      throw new XlsxError('unsupported', '这个 Excel 文件加了密码。请在 Excel 里打开、取消密码后另存，再导入。');
    }
    if (entry.method !== 0 && entry.method !== 8) {
      throw new XlsxError('unsupported', `这个文件里的 ${entry.name} 用了不支持的压缩方式（${entry.method}）。请在 Excel 里打开后另存为 .xlsx 再导入。`);
    }
    if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize) throw damaged(`${entry.name} 的大小不一致`);
  }

  return { entries, find: (wanted) => byName.get(wanted.toLowerCase()) };
}

/** Compressed bytes handed to the inflater per step: bounds what one step can produce (~1032×). */
const INFLATE_STEP = 32 * 1024;
/** Stored entries are handed on in slices of this size. */
const STORED_STEP = 1024 * 1024;

/**
 * Inflates one entry, handing the output to `onChunk` piece by piece (never the whole part in
 * memory at once). Stops early when onChunk returns 'stop'. Throws XlsxError 'damaged' when the
 * data is cut off or corrupt, when the output grows beyond the declared size (inflating stops
 * there), or when the size or CRC-32 at the end do not match. `onStep(consumed)` is called after
 * each step with the compressed bytes consumed so far (progress; it may throw to cancel).
 * Errors thrown by onChunk and onStep reach the caller unchanged.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => void | 'stop',
  onStep?: (consumed: number) => void,
): void {
  const p = entry.localHeaderOffset;
  if (p + LOCAL_SIZE > bytes.length || u32(bytes, p) !== SIG_LOCAL) throw damaged(`${entry.name} 的文件头不对`);
  const start = p + LOCAL_SIZE + u16(bytes, p + 26) + u16(bytes, p + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged(`${entry.name} 不完整`);
  const data = bytes.subarray(start, end);
  let crc = CRC_INITIAL;
  let produced = 0;

  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += STORED_STEP) {
      const chunk = data.subarray(at, Math.min(data.length, at + STORED_STEP));
      crc = crc32Update(crc, chunk);
      produced += chunk.length;
      if (onChunk(chunk) === 'stop') return;
      onStep?.(Math.min(data.length, at + STORED_STEP));
    }
  } else {
    const pending: Uint8Array[] = [];
    const inflater = new Inflate((chunk) => {
      produced += chunk.length;
      if (produced > entry.uncompressedSize) throw damaged(`${entry.name} 解压后比声明的 ${entry.uncompressedSize} 字节大`);
      if (chunk.length > 0) pending.push(chunk);
    });
    for (let at = 0; at < data.length || at === 0; at += INFLATE_STEP) {
      const stop = Math.min(data.length, at + INFLATE_STEP);
      try {
        inflater.push(data.subarray(at, stop), stop === data.length);
      } catch (error) {
        if (error instanceof XlsxError) throw error;
        throw damaged(`${entry.name} 解压失败`);
      }
      for (const chunk of pending) {
        crc = crc32Update(crc, chunk);
        if (onChunk(chunk) === 'stop') return;
      }
      pending.length = 0;
      onStep?.(stop);
      if (stop === data.length) break;
    }
  }
  if (produced !== entry.uncompressedSize) throw damaged(`${entry.name} 解压后只有 ${produced} 字节，应为 ${entry.uncompressedSize} 字节`);
  if (crc32Final(crc) !== entry.crc32) throw damaged(`${entry.name} 的校验和不对`);
}

/** A whole (small) entry's bytes, with the same checks as inflateEntry. */
export function readEntryBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const out = new Uint8Array(entry.uncompressedSize);
  let at = 0;
  inflateEntry(bytes, entry, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return out;
}

// CRC-32 (IEEE 802.3), slicing by 4.
const CRC_TABLES = (() => {
  const t = new Uint32Array(4 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n]!;
    for (let k = 1; k < 4; k++) {
      c = t[c & 0xff]! ^ (c >>> 8);
      t[k * 256 + n] = c >>> 0;
    }
  }
  return t;
})();

const CRC_INITIAL = 0xffffffff;

function crc32Update(crc: number, data: Uint8Array): number {
  const t = CRC_TABLES;
  let c = crc;
  let i = 0;
  const n = data.length;
  const n4 = n - (n % 4);
  for (; i < n4; i += 4) {
    c ^= data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24);
    c = t[768 + (c & 0xff)]! ^ t[512 + ((c >>> 8) & 0xff)]! ^ t[256 + ((c >>> 16) & 0xff)]! ^ t[c >>> 24]!;
  }
  for (; i < n; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return c;
}

function crc32Final(crc: number): number {
  return (crc ^ 0xffffffff) >>> 0;
}

/** CRC-32 of `data` (exported for tests and fixture builders). */
export function crc32(data: Uint8Array): number {
  return crc32Final(crc32Update(CRC_INITIAL, data));
}
