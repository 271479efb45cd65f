// styles.xml → which cell style indexes (a cell's s="…") show dates: cellXfs/xf@numFmtId looked
// up in numFmts (custom codes) or among the built-in date formats.

import { isDateFormat } from './cell-values';
import { createXmlScanner, readAttributes } from './xml-text';

/** isDate(s) is true when cell style s shows a date or time; styles beyond the list are not dates. */
export interface CellStyles {
  isDate(styleIndex: number): boolean;
}

export const NO_STYLES: CellStyles = { isDate: () => false };

export function parseStyles(xml: string, partName = 'xl/styles.xml'): CellStyles {
  const formats = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  let inNumFmts = false;
  const scanner = createXmlScanner(
    {
      wantText: false,
      open(name, tag, selfClosing) {
        if (name === 'numFmts') inNumFmts = !selfClosing;
        else if (name === 'cellXfs') inCellXfs = !selfClosing;
        else if (name === 'numFmt' && inNumFmts) {
          const attributes = readAttributes(tag);
          const id = Number(attributes.get('numFmtId'));
          const code = attributes.get('formatCode');
          if (Number.isInteger(id) && code !== undefined) formats.set(id, code);
        } else if (name === 'xf' && inCellXfs) {
          const id = Number(readAttributes(tag).get('numFmtId') ?? '0');
          xfFormats.push(Number.isInteger(id) ? id : 0);
        }
      },
      close(name) {
        if (name === 'numFmts') inNumFmts = false;
        else if (name === 'cellXfs') inCellXfs = false;
      },
      text() {},
    },
    partName,
  );
  scanner.write(xml);
  scanner.end();
  const dates = xfFormats.map((id) => isDateFormat(id, formats.get(id)));
  return { isDate: (index) => dates[index] === true };
}
