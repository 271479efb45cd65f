// sharedStrings.xml → the string table cells with t="s" point into. Each <si> is a plain
// <t> or rich text runs <r><t>…</t></r> (joined); phonetic guides <rPh> are not part of the text.
// Streaming: fed decoded text in chunks of any size.

import { damaged } from './xlsx-error';
import { createXmlScanner, decodeExcelEscapes, detach } from './xml-text';

export interface SharedStringsParser {
  write(text: string): void;
  /** The table; throws 'damaged' when the part stops inside a string or never closes <sst>. */
  end(): string[];
}

export function createSharedStringsParser(partName = 'xl/sharedStrings.xml'): SharedStringsParser {
  const strings: string[] = [];
  let inSi = false;
  let phoneticDepth = 0;
  let current = '';
  let closed = false;
  const events = {
    wantText: false,
    open(name: string, _tag: string, selfClosing: boolean) {
      if (name === 'si') {
        if (selfClosing) strings.push('');
        else {
          inSi = true;
          current = '';
        }
      } else if (name === 'rPh') {
        if (!selfClosing) phoneticDepth += 1;
        events.wantText = false;
      } else if (name === 't') {
        events.wantText = inSi && phoneticDepth === 0 && !selfClosing;
      } else if (name === 'sst' && selfClosing) {
        closed = true;
      }
    },
    close(name: string) {
      if (name === 't') events.wantText = false;
      else if (name === 'rPh') phoneticDepth = Math.max(0, phoneticDepth - 1);
      else if (name === 'si') {
        strings.push(detach(decodeExcelEscapes(current)));
        current = '';
        inSi = false;
        phoneticDepth = 0;
      } else if (name === 'sst') closed = true;
    },
    text(text: string) {
      current += text;
    },
  };
  const scanner = createXmlScanner(events, partName);
  return {
    write: (text) => scanner.write(text),
    end() {
      scanner.end();
      if (inSi || !closed) throw damaged(`${partName} 不完整`);
      return strings;
    },
  };
}

/** The whole part at once (tests, small workbooks). */
export function parseSharedStrings(xml: string, partName?: string): string[] {
  const parser = createSharedStringsParser(partName);
  parser.write(xml);
  return parser.end();
}
