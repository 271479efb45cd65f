/**
 * Decides whether a request may reach the API. The Host check stops DNS-rebinding pages from
 * talking to 127.0.0.1; the Origin check stops other sites' pages (a browser always sends Origin
 * on cross-site POSTs and on fetches from other origins).
 */
export function isAllowedHost(hostHeader: string | undefined, allowedHosts: readonly string[]): boolean {
  if (!hostHeader) return false;
  return allowedHosts.includes(hostHeader.toLowerCase());
}

export function isAllowedOrigin(originHeader: string | undefined, hostHeader: string | undefined): boolean {
  if (originHeader === undefined) return true; // same-origin GETs and non-browser clients (the CLI, curl)
  if (!hostHeader) return false;
  return originHeader.toLowerCase() === `http://${hostHeader.toLowerCase()}`;
}

/** Host headers this server answers to when bound to `host:port`. */
export function allowedHostHeaders(host: string, port: number): string[] {
  const names = host === '127.0.0.1' || host === 'localhost' ? ['127.0.0.1', 'localhost'] : [host];
  return names.map((name) => `${name}:${port}`.toLowerCase());
}
