import { mkdirSync, writeFileSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src-main/backend';
import { startHttpServer, type HttpHost } from '../../src-main/http/server';
import { openTestBackend } from '../helpers/backend';
import { postApi, rawRequest } from '../helpers/http-request';
import { readJournal } from '../helpers/migrations-dir';
import { useTempDir } from '../helpers/temp-dir';
import { createOwnerSession } from '../helpers/http-session';

const tempDir = useTempDir();
const INDEX_HTML = '<!doctype html><title>掌柜客户本</title><script type="module" src="/assets/app.js"></script>';
const APP_JS = 'console.log("掌柜客户本");';

let running: { host: HttpHost; backend: Backend } | null = null;
/** The signed-in owner's cookie; every API test calls as the owner unless it says otherwise. */
let owner: Record<string, string> = {};

afterEach(async () => {
  if (!running) return;
  await running.host.close();
  running.backend.close();
  running = null;
});

async function start() {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), APP_JS);
  // A file next to the renderer folder that must never be served.
  writeFileSync(join(dir, 'secret.txt'), 'owner-only');
  const { backend } = await openTestBackend(dir);
  const host = await startHttpServer({ backend, rendererDir, port: 0 });
  running = { host, backend };
  owner = await createOwnerSession(host.port);
  return host;
}

describe('the HTTP host', () => {
  it('listens on 127.0.0.1 only', async () => {
    const host = await start();
    expect(host.host).toBe('127.0.0.1');
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    expect(host.port).toBeGreaterThan(0);
  });

  it('answers POST /api/app.info', async () => {
    const host = await start();
    const response = await fetch(`${host.url}api/app.info`, {
      method: 'POST',
      headers: { ...owner, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { ok: boolean; data: { schemaVersion: number; version: string } };
    expect(body.ok).toBe(true);
    expect(body.data.schemaVersion).toBe(readJournal().entries.length);
    expect(body.data.version).toBe('0.0.0-test');
  });

  it('treats an empty body as {}', async () => {
    const host = await start();
    const response = await rawRequest({ port: host.port, method: 'POST', path: '/api/settings.get', headers: { ...owner, 'Content-Type': 'application/json' } });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ ok: true, data: { shopName: '', timeZone: 'Asia/Shanghai' } });
  });

  it('rejects malformed JSON with 400 BAD_REQUEST naming the line', async () => {
    const host = await start();
    const response = await rawRequest({
      port: host.port,
      method: 'POST',
      path: '/api/app.info',
      headers: { 'Content-Type': 'application/json' },
      body: '{"a":',
    });
    expect(response.status).toBe(400);
    const body = JSON.parse(response.body) as { ok: boolean; error: { code: string; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.message).toContain('第 1 行');
  });

  it('rejects a body that is not JSON by content type with 415', async () => {
    const host = await start();
    const response = await rawRequest({
      port: host.port,
      method: 'POST',
      path: '/api/app.info',
      headers: { 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(response.status).toBe(415);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('rejects a body over the size limit with 413', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir);
    const host = await startHttpServer({ backend, rendererDir: dir, port: 0, maxBodyBytes: 1024 });
    running = { host, backend };
    const response = await postApi(host.port, 'settings.update', { shopName: 'x'.repeat(2000) }, owner);
    expect(response.status).toBe(413);
    expect(response.json).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('maps invalid input to 400 INVALID_INPUT and an unknown method to 404', async () => {
    const host = await start();
    const invalid = await postApi(host.port, 'customers.list', { pageSize: 0 }, owner);
    expect(invalid.status).toBe(400);
    expect(invalid.json).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: [{ path: 'pageSize' }] } });

    const unknown = await postApi(host.port, 'customers.remove', {}, owner);
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('answers GET on an API method with 405', async () => {
    const host = await start();
    const response = await rawRequest({ port: host.port, path: '/api/app.info' });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('POST');
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it("refuses another site's page (Origin) with 403 and does not run the method", async () => {
    const host = await start();
    const response = await postApi(host.port, 'settings.update', { shopName: '被改了' }, { ...owner, Origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    expect(response.json).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const settings = await postApi(host.port, 'settings.get', {}, owner);
    expect(settings.json).toEqual({ ok: true, data: { shopName: '', timeZone: 'Asia/Shanghai' } });
  });

  it('accepts its own origin', async () => {
    const host = await start();
    const response = await postApi(host.port, 'settings.get', {}, { ...owner, Origin: `http://127.0.0.1:${host.port}` });
    expect(response.status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding) with 403, for pages and API', async () => {
    const host = await start();
    const api = await postApi(host.port, 'app.info', {}, { ...owner, Host: `evil.example:${host.port}` });
    expect(api.status).toBe(403);
    expect(api.json).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const page = await rawRequest({ port: host.port, path: '/', headers: { Host: `evil.example:${host.port}` } });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain('掌柜客户本</title>');
  });

  it('serves index.html with the security headers', async () => {
    const host = await start();
    const response = await rawRequest({ port: host.port, path: '/' });
    expect(response.status).toBe(200);
    expect(response.body).toBe(INDEX_HTML);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  it('serves assets with a JavaScript content type', async () => {
    const host = await start();
    const response = await rawRequest({ port: host.port, path: '/assets/app.js' });
    expect(response.status).toBe(200);
    expect(response.body).toBe(APP_JS);
    expect(response.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('answers 404 for a missing asset', async () => {
    const host = await start();
    const response = await rawRequest({ port: host.port, path: '/assets/missing.js' });
    expect(response.status).toBe(404);
  });

  it.each(['/..%2fsecret.txt', '/../secret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt'])(
    'never serves files outside the renderer folder: %s',
    async (path) => {
      const host = await start();
      const response = await rawRequest({ port: host.port, path });
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('owner-only');
    },
  );

  it('does not serve /etc/passwd through an encoded traversal', async () => {
    const host = await start();
    const response = await rawRequest({ port: host.port, path: '/..%2f..%2fetc%2fpasswd' });
    expect(response.body).not.toMatch(/root:/);
    expect(response.status).toBe(404);
  });

  it('pushes settings.changed to an open event stream', async () => {
    const host = await start();
    const stream = await openEventStream(host.port);
    try {
      expect(stream.response.headers['content-type']).toMatch(/^text\/event-stream/);
      await stream.waitFor(': connected');
      const update = await postApi(host.port, 'settings.update', { shopName: '小蜜蜂女装' }, owner);
      expect(update.status).toBe(200);
      await stream.waitFor('event: settings.changed');
      const events = parseEvents(stream.text());
      expect(events).toEqual([{ event: 'settings.changed', data: { shopName: '小蜜蜂女装', timeZone: 'Asia/Shanghai' } }]);
    } finally {
      stream.close();
    }
  });

  it("refuses an event stream for another site's page", async () => {
    const host = await start();
    const response = await rawRequest({ port: host.port, path: '/api/events', headers: { Origin: 'http://evil.example' } });
    expect(response.status).toBe(403);
  });
});

interface OpenStream {
  response: IncomingMessage;
  text(): string;
  waitFor(fragment: string): Promise<void>;
  close(): void;
}

function openEventStream(port: number): Promise<OpenStream> {
  return new Promise((resolve, reject) => {
    const req = get({ host: '127.0.0.1', port, path: '/api/events', headers: owner }, (response) => {
      let buffer = '';
      const waiters: { fragment: string; done: () => void }[] = [];
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        for (const waiter of waiters.splice(0)) {
          if (buffer.includes(waiter.fragment)) waiter.done();
          else waiters.push(waiter);
        }
      });
      resolve({
        response,
        text: () => buffer,
        waitFor: (fragment) =>
          new Promise<void>((done, fail) => {
            if (buffer.includes(fragment)) return done();
            const timer = setTimeout(() => fail(new Error(`no "${fragment}" in event stream: ${buffer}`)), 3000);
            waiters.push({ fragment, done: () => (clearTimeout(timer), done()) });
          }),
        close: () => req.destroy(),
      });
    });
    req.on('error', (error) => {
      if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(error);
    });
  });
}

/** Parses `event:`/`data:` blocks, skipping `:` comment lines. */
function parseEvents(text: string): { event: string; data: unknown }[] {
  return text
    .split('\n\n')
    .map((block) => block.split('\n').filter((line) => line && !line.startsWith(':')))
    .filter((lines) => lines.length > 0)
    .map((lines) => {
      const event = lines.find((l) => l.startsWith('event: '))?.slice('event: '.length) ?? 'message';
      const data = lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice('data: '.length)).join('\n');
      return { event, data: JSON.parse(data) as unknown };
    });
}
