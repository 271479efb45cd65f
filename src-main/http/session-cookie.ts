import type { IncomingMessage } from 'node:http';

/**
 * The session lives in an HttpOnly cookie: page scripts never see the token, and SameSite=Strict
 * keeps other sites' pages from sending it. The port is in the name because cookies ignore ports:
 * a second copy of the app on the same PC must not sign the first one out.
 */
export function sessionCookieName(port: number): string {
  return `zhanggui_session_${port}`;
}

export function readSessionToken(req: IncomingMessage, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) {
      const token = value.join('=');
      return /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
    }
  }
  return null;
}

/** Set-Cookie for a new token, or one that deletes the cookie (null). Ends with the browser; the server's own expiry decides sooner. */
export function sessionCookie(name: string, token: string | null): string {
  const attributes = 'Path=/; HttpOnly; SameSite=Strict';
  return token === null ? `${name}=; ${attributes}; Max-Age=0` : `${name}=${token}; ${attributes}`;
}

/** Loopback callers are this PC; anything else came over the LAN. */
export function remoteAddressOf(req: IncomingMessage): string | null {
  const address = req.socket.remoteAddress ?? '';
  if (address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1') return null;
  return address.replace(/^::ffff:/, '') || '未知地址';
}
