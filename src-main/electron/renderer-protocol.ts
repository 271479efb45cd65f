import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { contentTypeFor, resolveStaticFile } from '../http/static-files';
import { SECURITY_HEADERS } from '../security/content-security-policy';
import { APP_HOST, APP_SCHEME } from './trusted-origin';

/** Must run before the app is ready: app:// behaves like https (secure, standard, fetch allowed). */
export function registerAppSchemePrivileges(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from app://zhanggui/ with the same CSP and headers as the HTTP host. */
export function serveRendererOverAppScheme(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveStaticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('找不到这个页面。', { status: 404, headers: { ...SECURITY_HEADERS } });
    const body = await readFile(file);
    return new Response(body, { status: 200, headers: { 'Content-Type': contentTypeFor(file), ...SECURITY_HEADERS } });
  });
}
