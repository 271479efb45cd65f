import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpBackend } from './server';

const TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
};

/**
 * `GET /exports/<fileName>`: downloads a finished export. A link on another site cannot read the
 * file (no CORS), and a browser that says the request comes from another site is refused anyway:
 * customer lists are personal data.
 */
export function sendExport(req: IncomingMessage, res: ServerResponse, encodedName: string, backend: Pick<HttpBackend, 'exportFile'>): void {
  const reply = (status: number, text: string) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(text);
  };
  if (req.method !== 'GET') return reply(405, '导出文件只能用 GET 下载。');
  if (req.headers['sec-fetch-site'] === 'cross-site') return reply(403, '拒绝访问：导出文件只能在本应用里下载。');
  let fileName: string;
  try {
    fileName = decodeURIComponent(encodedName);
  } catch {
    return reply(404, '找不到这个导出文件。');
  }
  const path = backend.exportFile(fileName);
  if (!path) return reply(404, '找不到这个导出文件（导出的文件保留 7 天）。');
  res.writeHead(200, {
    'Content-Type': TYPES[fileName.split('.').pop() ?? ''] ?? 'application/octet-stream',
    'Content-Length': statSync(path).size,
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'Cache-Control': 'no-store',
  });
  createReadStream(path).pipe(res);
}
