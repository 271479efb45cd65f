// Why a workbook cannot be read, with the Chinese message the shop owner sees. The import
// service turns it into ImportRefused (the whole file is refused, nothing is written).

export type XlsxErrorCode =
  /** A zip bomb or a file far larger than any export: refused before anything is inflated. */
  | 'too-large'
  /** Truncated, corrupted, or not well-formed: a part, a size or a checksum does not add up. */
  | 'damaged'
  /** A zip file, but not an Excel workbook (or a workbook without a worksheet). */
  | 'not-workbook'
  /** Encrypted entries or a compression method other than stored/deflate. */
  | 'unsupported';

export const DAMAGED_MESSAGE = '这个 Excel 文件已损坏或不完整（可能下载或复制时被截断），请重新导出或在 Excel 里打开后另存一份再导入。';

export class XlsxError extends Error {
  constructor(
    readonly code: XlsxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'XlsxError';
  }
}

/** The damaged-file error; `detail` (a part name, what failed) is added in brackets for support. */
export function damaged(detail: string): XlsxError {
  return new XlsxError('damaged', `${DAMAGED_MESSAGE}（${detail}）`);
}
