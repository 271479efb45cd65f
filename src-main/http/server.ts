import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiError, ApiResult, PushEvent, Role } from '../contract';
import type { Caller } from '../api/caller';
import { SECURITY_HEADERS } from '../security/content-security-policy';
import { openEventStream } from './event-stream';
import { readJsonBody } from './json-body';
import { allowedHostHeaders, isAllowedHost, isAllowedOrigin } from './request-guard';
import { sendExport } from './export-download';
import { resolveStaticFile, sendStaticFile } from './static-files';
import { remoteAddressOf, readSessionToken, sessionCookie, sessionCookieName } from './session-cookie';
import { openLanListeners, type LanListeners } from './lan-listeners';
import { listen } from './listen';

export interface HttpBackend {
  dispatch(method: string, rawInput: unknown, caller?: Caller): Promise<ApiResult<unknown>>;
  subscribe(listener: (event: PushEvent) => void): () => void;
  /** A finished export's file by name (customers.export), or null. */
  exportFile(fileName: string): string | null;
  /** The role signed in with this token, or null (none, expired, deactivated). */
  sessionRole(token: string | null): Role | null;
}

export interface HttpHostOptions {
  backend: HttpBackend;
  /** The built renderer (index.html and assets). */
  rendererDir: string;
  /** 127.0.0.1 unless the owner explicitly opens the app to the shop's LAN. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Where the LAN listener tries first (a stable address staff can bookmark); another free port if taken. */
  lanPort?: number;
  /** The PC's LAN addresses (tests pass their own). */
  lanAddresses?: () => string[];
  maxBodyBytes?: number;
}

export interface HttpHost {
  url: string;
  host: string;
  port: number;
  /** 店内多电脑: the same app on the PC's LAN addresses, opened and closed while running. */
  lan: {
    open(): Promise<string[]>;
    close(): Promise<void>;
    urls(): string[];
  };
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY = 64 * 1024 * 1024;
export const DEFAULT_LAN_PORT = 8686;

const STATUS_BY_CODE: Record<ApiError['code'], number> = {
  UNKNOWN_METHOD: 404,
  INVALID_INPUT: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  REJECTED: 409,
  INTERNAL: 500,
};

/**
 * Serves the renderer, `POST /api/<method>` and `GET /api/events` (SSE) on 127.0.0.1, and on the
 * shop's LAN while the owner allows it. Every API call carries the window's session cookie.
 */
export async function startHttpServer(options: HttpHostOptions): Promise<HttpHost> {
  const host = options.host ?? '127.0.0.1';
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const openStreams = new Set<() => void>();
  const allowedHosts = new Set<string>();
  const backend = options.backend;

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const overLan = remoteAddressOf(req) !== null;
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      // Browsers ignore (and log an error about) COOP on a plain-http LAN address; it is no protection there.
      if (!(overLan && name === 'Cross-Origin-Opener-Policy')) res.setHeader(name, value);
    }
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, { code: 'INTERNAL', message: '服务器内部出错，请重试。' });
      else res.end();
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, [...allowedHosts])) {
      sendError(res, 403, { code: 'FORBIDDEN', message: '拒绝访问：请求的主机名不是本应用的地址。' });
      return;
    }
    const cookieName = sessionCookieName(req.socket.localPort ?? 0);
    const token = readSessionToken(req, cookieName);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/api/events') {
      if (!isAllowedOrigin(req.headers.origin, req.headers.host)) return forbiddenOrigin(res);
      if (!backend.sessionRole(token)) return sendError(res, 401, { code: 'UNAUTHENTICATED', message: '请先登录。' });
      // A window signed out (or expired) stops receiving at the next event.
      const end = openEventStream(res, (forward) => backend.subscribe((event) => (backend.sessionRole(token) ? forward(event) : end())));
      openStreams.add(end);
      res.on('close', () => openStreams.delete(end));
      return;
    }
    if (path.startsWith('/api/')) return handleApi(req, res, decodeMethod(path.slice('/api/'.length)), token, cookieName);
    if (path.startsWith('/exports/')) {
      // Exports are owner-only customer lists and reports: personal data.
      if (backend.sessionRole(token) !== 'owner') return sendError(res, 403, { code: 'FORBIDDEN', message: '没有权限：导出的文件只有店主可以下载。' });
      return sendExport(req, res, path.slice('/exports/'.length), backend);
    }
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

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string, token: string | null, cookieName: string): Promise<void> {
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
    const caller: Caller = {
      kind: 'window',
      token,
      remote: remoteAddressOf(req),
      setToken: (next) => res.setHeader('Set-Cookie', sessionCookie(cookieName, next)),
    };
    const result = await backend.dispatch(method, body.value, caller);
    sendJson(res, result.ok ? 200 : STATUS_BY_CODE[result.error.code], result);
  }

  const server = createServer(listener);
  await listen(server, options.port ?? 0, host);
  const address = server.address() as AddressInfo;
  for (const name of allowedHostHeaders(host, address.port)) allowedHosts.add(name);

  let lan: LanListeners | null = null;
  const lanControl = {
    async open(): Promise<string[]> {
      if (lan) return lan.urls;
      lan = await openLanListeners(listener, options.lanAddresses?.() ?? null, options.lanPort ?? DEFAULT_LAN_PORT);
      for (const name of lan.hostHeaders) allowedHosts.add(name);
      return lan.urls;
    },
    async close(): Promise<void> {
      if (!lan) return;
      const closing = lan;
      lan = null;
      for (const name of closing.hostHeaders) allowedHosts.delete(name);
      await closing.close();
    },
    urls: () => lan?.urls ?? [],
  };

  return {
    url: `http://${host}:${address.port}/`,
    host: address.address,
    port: address.port,
    lan: lanControl,
    close: async () => {
      for (const end of openStreams) end();
      await lanControl.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
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
