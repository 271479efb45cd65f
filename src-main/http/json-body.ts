import type { IncomingMessage } from 'node:http';

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: number; message: string };

/** Reads at most `limitBytes` and parses JSON; an empty body means `{}`. */
export async function readJsonBody(req: IncomingMessage, limitBytes: number): Promise<BodyResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limitBytes) {
      return { ok: false, status: 413, message: `请求内容太大（超过 ${Math.round(limitBytes / 1024 / 1024)} MB）。` };
    }
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, value: {} };
  return parseJsonText(text);
}

export function parseJsonText(text: string): BodyResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const where = locateJsonError(text, error);
    return { ok: false, status: 400, message: `请求内容不是有效的 JSON${where}，请检查括号、引号和逗号。` };
  }
}

function locateJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message)?.[1];
  const offset = position === undefined ? (/end of JSON input/i.test(message) ? text.length : -1) : Number(position);
  if (offset < 0) return '';
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `（第 ${line} 行第 ${column} 列）`;
}
