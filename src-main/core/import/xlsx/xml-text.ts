// The small XML toolkit the workbook parts need: entity and Excel escape decoding, attribute
// lookup, quote-aware tag ends, a streaming UTF-8/UTF-16 text decoder for a part, and a generic
// streaming tag scanner for the parts that are not the worksheet (relationships, workbook,
// styles, shared strings). No DTDs, no namespaces beyond ignoring a tag's prefix.

import { damaged } from './xlsx-error';

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function replaceEntity(match: string, hex: string | undefined, dec: string | undefined, name: string | undefined): string {
  if (name !== undefined) return NAMED[name] ?? match;
  const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return match;
  return String.fromCodePoint(code);
}

/** &amp; &lt; &gt; &quot; &apos; &#NNN; &#xHHH; → characters; anything else is left as written. */
export function decodeEntities(text: string): string {
  return text.indexOf('&') < 0 ? text : text.replace(ENTITY, replaceEntity);
}

const EXCEL_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Excel writes characters XML cannot hold (and a CR in CRLF) as `_xHHHH_` in strings, and a
 * literal `_x` as `_x005F_x`. Applied to decoded string values.
 */
export function decodeExcelEscapes(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(EXCEL_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A long string sliced out of a decoded chunk would keep the whole chunk alive: copy it. */
export function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/** XML whitespace: space, tab, LF, CR. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Index of the '>' ending the tag that starts before `from`, skipping quoted values; -1 if not in `s`. */
export function findTagEnd(s: string, from: number): number {
  let i = from;
  for (;;) {
    const gt = s.indexOf('>', i);
    if (gt < 0) return -1;
    // Quotes between i and gt: jump over each quoted value.
    let q = i;
    let quoted = false;
    for (; q < gt; q++) {
      const c = s.charCodeAt(q);
      if (c === 34 || c === 39) {
        const close = s.indexOf(c === 34 ? '"' : "'", q + 1);
        if (close < 0) return -1;
        i = close + 1;
        quoted = true;
        break;
      }
    }
    if (!quoted) return gt;
  }
}

/**
 * The attributes of a start tag (`tag` is the text between '<' and '>'), names as written
 * (with their prefix), values entity-decoded.
 */
export function readAttributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  const n = tag.length;
  // Skip the element name.
  while (i < n && !isSpace(tag.charCodeAt(i)) && tag.charCodeAt(i) !== 47) i++;
  for (;;) {
    while (i < n && (isSpace(tag.charCodeAt(i)) || tag.charCodeAt(i) === 47)) i++;
    if (i >= n) return out;
    const eq = tag.indexOf('=', i);
    if (eq < 0) return out;
    const name = tag.slice(i, eq).trim();
    let j = eq + 1;
    while (j < n && isSpace(tag.charCodeAt(j))) j++;
    const quote = tag[j];
    if (quote !== '"' && quote !== "'") return out;
    const close = tag.indexOf(quote, j + 1);
    if (close < 0) return out;
    out.set(name, decodeEntities(tag.slice(j + 1, close)));
    i = close + 1;
  }
}

/** The local name of an element or attribute: 'x:row' → 'row'. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by local name ('id' finds 'r:id'). */
export function attributeByLocalName(attributes: ReadonlyMap<string, string>, wanted: string): string | undefined {
  const direct = attributes.get(wanted);
  if (direct !== undefined) return direct;
  for (const [name, value] of attributes) if (localName(name) === wanted) return value;
  return undefined;
}

type Decoder = InstanceType<typeof TextDecoder>;

/** Streaming decoder for one part: UTF-8 (BOM optional) or UTF-16 with a BOM. Invalid bytes → damaged. */
export function createPartDecoder(partName: string): { write(chunk: Uint8Array): string; end(): string } {
  let decoder: Decoder | null = null;
  let head: Uint8Array | null = null;
  const pick = (bytes: Uint8Array): Decoder => {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true });
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true });
    return new TextDecoder('utf-8', { fatal: true });
  };
  const decode = (bytes: Uint8Array, stream: boolean): string => {
    try {
      return decoder!.decode(bytes, { stream });
    } catch {
      throw damaged(`${partName} 里有无效的字符编码`);
    }
  };
  return {
    write(chunk) {
      if (decoder === null) {
        // Two bytes decide the BOM; a first chunk of one byte waits for the next.
        const bytes = head === null ? chunk : concat(head, chunk);
        if (bytes.length < 2) {
          head = bytes;
          return '';
        }
        head = null;
        decoder = pick(bytes);
        return decode(bytes, true);
      }
      return decode(chunk, true);
    },
    end() {
      if (decoder === null) {
        if (head === null) return '';
        decoder = pick(head);
        const last = head;
        head = null;
        return decode(last, false);
      }
      return decode(new Uint8Array(0), false);
    },
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Longest text or tag the scanners keep across chunks; Excel's own cell limit is 32,767 characters. */
export const MAX_PENDING_CHARS = 4 * 1024 * 1024;

export interface XmlEvents {
  /** `tag` is the text between '<' and '>' (name and attributes, no trailing '/'). */
  open(name: string, tag: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Entity-decoded text; only called while `wantText` is true. */
  text(text: string): void;
  /** Whether text at the current position is needed (text elsewhere is skipped undecoded). */
  wantText: boolean;
}

/**
 * A streaming scanner for small and medium parts: feeds element names (prefix dropped) and the
 * wanted text to `events`. Comments, processing instructions and CDATA are handled; a DOCTYPE
 * is refused (a workbook never has one). end() throws 'damaged' when the text stops inside a tag.
 */
export function createXmlScanner(events: XmlEvents, partName: string): { write(text: string): void; end(): void } {
  let rest = '';
  const write = (chunk: string): void => {
    const s = rest.length === 0 ? chunk : rest + chunk;
    rest = '';
    let pos = 0;
    for (;;) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) {
        if (events.wantText) keep(s.slice(pos));
        return;
      }
      if (lt > pos && events.wantText) events.text(decodeEntities(s.slice(pos, lt)));
      const c = s.charCodeAt(lt + 1);
      if (Number.isNaN(c)) {
        keep(s.slice(lt));
        return;
      }
      if (c === 63 /* ? */) {
        const end = s.indexOf('?>', lt + 2);
        if (end < 0) return keep(s.slice(lt));
        pos = end + 2;
        continue;
      }
      if (c === 33 /* ! */) {
        if (s.length - lt < 4) return keep(s.slice(lt));
        if (s.startsWith('<!--', lt)) {
          const end = s.indexOf('-->', lt + 4);
          if (end < 0) return keep(s.slice(lt));
          pos = end + 3;
          continue;
        }
        if (s.length - lt < 9) return keep(s.slice(lt));
        if (s.startsWith('<![CDATA[', lt)) {
          const end = s.indexOf(']]>', lt + 9);
          if (end < 0) return keep(s.slice(lt));
          if (events.wantText) events.text(s.slice(lt + 9, end));
          pos = end + 3;
          continue;
        }
        throw damaged(`${partName} 里有不该出现的 DOCTYPE 声明`);
      }
      const gt = findTagEnd(s, lt + 1);
      if (gt < 0) return keep(s.slice(lt));
      if (c === 47 /* / */) {
        events.close(localName(s.slice(lt + 2, gt).trim()));
      } else {
        const selfClosing = s.charCodeAt(gt - 1) === 47;
        const tag = s.slice(lt + 1, selfClosing ? gt - 1 : gt);
        let nameEnd = 0;
        while (nameEnd < tag.length && !isSpace(tag.charCodeAt(nameEnd))) nameEnd++;
        events.open(localName(tag.slice(0, nameEnd)), tag, selfClosing);
      }
      pos = gt + 1;
    }
  };
  const keep = (text: string): void => {
    if (text.length > MAX_PENDING_CHARS) throw damaged(`${partName} 里有超长的内容`);
    rest = text;
  };
  return {
    write,
    end() {
      if (rest.indexOf('<') >= 0) throw damaged(`${partName} 在标签中间结束`);
      if (rest.length > 0 && events.wantText) events.text(decodeEntities(rest));
      rest = '';
    },
  };
}
