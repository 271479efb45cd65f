/**
 * GBK bytes for test files. Node can decode GBK but not encode it, so the table is built by
 * decoding every two-byte code once; the result is checked by decoding it back.
 */
let table: Map<string, readonly [number, number]> | null = null;

function gbkTable(): Map<string, readonly [number, number]> {
  if (table) return table;
  const decoder = new TextDecoder('gbk', { fatal: true });
  const built = new Map<string, readonly [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      let char: string;
      try {
        char = decoder.decode(Uint8Array.of(lead, trail));
      } catch {
        continue;
      }
      if (!built.has(char)) built.set(char, [lead, trail]);
    }
  }
  return (table = built);
}

export function encodeGbk(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = gbkTable().get(char);
    if (!pair) throw new Error(`${char} has no GBK code`);
    bytes.push(...pair);
  }
  const encoded = Uint8Array.from(bytes);
  if (new TextDecoder('gbk').decode(encoded) !== text) throw new Error('GBK round trip failed');
  return encoded;
}
