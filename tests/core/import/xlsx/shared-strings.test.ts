import { describe, expect, it } from 'vitest';
import { createSharedStringsParser, parseSharedStrings } from '../../../../src-main/core/import/xlsx/shared-strings';
import { XlsxError } from '../../../../src-main/core/import/xlsx/xlsx-error';
import { decodeEntities, decodeExcelEscapes } from '../../../../src-main/core/import/xlsx/xml-text';
import { sstXml } from '../../../helpers/xlsx-builder';

const SAMPLE = sstXml([
  '<si><t>订单编号</t></si>',
  '<si><t xml:space="preserve">收货地址 </t></si>',
  '<si><r><rPr><b/><sz val="11"/><color rgb="FFFF0000"/><rFont val="宋体"/></rPr><t>木子</t></r><r><t xml:space="preserve">良品 </t></r></si>',
  '<si><t>A&amp;B &lt;急&gt; &quot;周一&quot; &apos;送&apos; &#20013;&#x6587;&#x1F600;</t></si>',
  '<si><t>第一行_x000D_\n第二行 _x005F_x0041_</t></si>',
  '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
  '<si><t/></si>',
  '<si/>',
  '<si><t><![CDATA[a & b <c>]]></t></si>',
  '<si><r><t>x</t></r><r><rPr/><t>y</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si>',
]);

const EXPECTED = [
  '订单编号',
  '收货地址 ',
  '木子良品 ',
  'A&B <急> "周一" \'送\' 中文😀',
  '第一行\r\n第二行 _x0041_',
  '東京',
  '',
  '',
  'a & b <c>',
  'xy',
];

describe('shared strings', () => {
  it('reads plain, rich-text and phonetic items with entities, Excel escapes and whitespace', () => {
    expect(parseSharedStrings(SAMPLE)).toEqual(EXPECTED);
  });

  it('gives the same table however the text is cut into chunks', () => {
    for (let cut = 1; cut < SAMPLE.length; cut += 1) {
      const parser = createSharedStringsParser();
      parser.write(SAMPLE.slice(0, cut));
      parser.write(SAMPLE.slice(cut));
      expect(parser.end(), `cut at ${cut}`).toEqual(EXPECTED);
    }
  });

  it('reads a prefixed namespace and an empty table', () => {
    expect(parseSharedStrings('<x:sst xmlns:x="m"><x:si><x:t>a</x:t></x:si></x:sst>')).toEqual(['a']);
    expect(parseSharedStrings('<?xml version="1.0"?><sst xmlns="m" count="0" uniqueCount="0"/>')).toEqual([]);
  });

  it('refuses a table cut off in the middle', () => {
    for (const cut of [SAMPLE.length - 10, SAMPLE.length / 2, 60]) {
      expect(() => parseSharedStrings(SAMPLE.slice(0, cut))).toThrow(XlsxError);
    }
    expect(() => parseSharedStrings('<!DOCTYPE lol [<!ENTITY a "aaaa">]><sst/>')).toThrow(/DOCTYPE/);
  });
});

describe('entity and escape decoding', () => {
  it('leaves unknown entities and invalid code points as written', () => {
    expect(decodeEntities('&nbsp; &#xD800; &#1114112; &amp;amp;')).toBe('&nbsp; &#xD800; &#1114112; &amp;');
    expect(decodeExcelEscapes('_x000d_ _x0009_ _xZZZZ_')).toBe('\r \t _xZZZZ_');
  });
});
