import { fileSource } from '../import/file-byte-source';
import { scanDelimitedFile } from '../import/delimited-file';
import { HeaderNotFound, ImportRefused } from '../import/import-errors';

/** A member list is a few thousand rows, at most a few hundred thousand: read whole. */
const MAX_MEMBER_ROWS = 500_000;

export interface MemberListFile {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

const filled = (cells: readonly string[]) => cells.filter((cell) => cell.trim() !== '').length;

/**
 * Reads a member list (CSV/TSV in any of the exports' encodings, or XLSX). Its header is the first
 * row with at least two filled cells (who, and the birthday): a title row above it (一个合并单元格
 * 「会员名单」) is skipped. Rows with nothing in them are left out, as Excel leaves ",,," lines.
 */
export function readMemberListFile(path: string, fileName: string): MemberListFile {
  const source = fileSource(path, fileName);
  const file: MemberListFile = { header: [], rows: [] };
  try {
    scanDelimitedFile(source, {
      isHeader: (cells) => filled(cells) >= 2,
      onHeader: (cells) => {
        file.header = cells.map((c) => c.trim());
      },
      onRecord: (cells, line) => {
        if (filled(cells) === 0) return;
        if (file.rows.length >= MAX_MEMBER_ROWS) throw new ImportRefused(fileName, `会员名单超过 ${MAX_MEMBER_ROWS.toLocaleString('zh-CN')} 行，请分成几个文件导入。`);
        file.rows.push({ line, cells: [...cells] });
      },
    });
  } catch (error) {
    // The order import's message (找不到订单表头) would send the owner looking for the wrong file.
    if (error instanceof HeaderNotFound) {
      throw new ImportRefused(fileName, '开头几行里找不到会员名单的表头：要有一行写着各列的名称，至少有买家昵称或手机号、生日两列。');
    }
    throw error;
  } finally {
    source.close();
  }
  return file;
}
