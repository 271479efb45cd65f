import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiError, ApiResult, PushEvent } from '../contract';
import { SECURITY_HEADERS } from '../security/content-security-policy';
import { openEventStream } from './event-stream';
import { readJsonBody } from './json-body';
import { allowedHostHeaders, isAllowedHost, isAllowedOrigin } from './request-guard';
import { sendExport } from './export-download';
import { resolveStaticFile, sendStaticFile } from './static-files';

export interface HttpBackend {
  dispatch(method: string, rawInput: unknown): Promise<ApiResult<unknown>>;
  subscribe(listener: (event: PushEvent) => void): () => void;
  /** A finished export's file by name (customers.export), or null. */
  exportFile(fileName: string): string | null;
}

export interface HttpHostOptions {
  backend: HttpBackend;
  /** The built renderer (index.html and assets). */
  rendererDir: string;
  /** 127.0.0.1 unless the owner explicitly opens the app to the shop's LAN. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  maxBodyBytes?: number;
}

export interface HttpHost {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY = 64 * 1024 * 1024;

const STATUS_BY_CODE: Record<ApiError['code'], number> = {
  UNKNOWN_METHOD: 404,
  INVALID_INPUT: 400,
  BAD_REQUEST: 400,
  FORBIDDEN: 403,
  REJECTED: 409,
  INTERNAL: 500,
};

/** Serves the renderer, `POST /api/<method>` and `GET /api/events` (SSE) on one port. */
export async function startHttpServer(options: HttpHostOptions): Promise<HttpHost> {
  const host = options.host ?? '127.0.0.1';
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const openStreams = new Set<() => void>();
  let allowedHosts: string[] = [];

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, { code: 'INTERNAL', message: '服务器内部出错，请重试。' });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, allowedHosts)) {
      sendError(res, 403, { code: 'FORBIDDEN', message: '拒绝访问：请求的主机名不是本应用的地址。' });
      return;
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/api/events') {
      if (!isAllowedOrigin(req.headers.origin, req.headers.host)) return forbiddenOrigin(res);
      const end = openEventStream(res, options.backend.subscribe);
      openStreams.add(end);
      res.on('close', () => openStreams.delete(end));
      return;
    }
    if (path.startsWith('/api/')) return handleApi(req, res, decodeMethod(path.slice('/api/'.length)));
    if (path.startsWith('/exports/')) return sendExport(req, res, path.slice('/exports/'.length), options.backend);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, 405, { code: 'BAD_REQUEST', message: '这个地址只能用 GET 打开。' });
      return;
    }
    const file = resolveStaticFile(options.rendererDir, path);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('找不到这个页面。');
      return;
    }
    sendStaticFile(res, file, req.method === 'HEAD');
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      sendError(res, 405, { code: 'BAD_REQUEST', message: '接口只接受 POST 请求。' });
      return;
    }
    if (!isAllowedOrigin(req.headers.origin, req.headers.host)) return forbiddenOrigin(res);
    // Requiring JSON also stops plain HTML forms of other sites, which cannot send this type.
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      sendError(res, 415, { code: 'BAD_REQUEST', message: '请求的 Content-Type 必须是 application/json。' });
      return;
    }
    const body = await readJsonBody(req, maxBody);
    if (!body.ok) {
      sendError(res, body.status, { code: 'BAD_REQUEST', message: body.message });
      return;
    }
    const result = await options.backend.dispatch(method, body.value);
    sendJson(res, result.ok ? 200 : STATUS_BY_CODE[result.error.code], result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  allowedHosts = allowedHostHeaders(host, address.port);

  return {
    url: `http://${host}:${address.port}/`,
    host: address.address,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const end of openStreams) end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function decodeMethod(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function forbiddenOrigin(res: ServerResponse): void {
  sendError(res, 403, { code: 'FORBIDDEN', message: '拒绝访问：请求来自其他网站。' });
}

function sendError(res: ServerResponse, status: number, error: ApiError): void {
  sendJson(res, status, { ok: false, error });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
