import { request, type IncomingHttpHeaders } from 'node:http';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * One request with node:http, which (unlike fetch) sends the path and the Host and Origin
 * headers exactly as given, the way a hostile page or a DNS-rebinding attack would.
 */
export function rawRequest(options: {
  port: number;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Where to connect (a LAN listener's address); 127.0.0.1 by default. */
  address?: string;
  /** The address to connect from: another 127.x address looks like another PC of the shop. */
  localAddress?: string;
}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: options.address ?? '127.0.0.1',
        port: options.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        // A new connection each time, as a new browser would open: no pooled socket of a closed server.
        agent: false,
        ...(options.localAddress ? { localAddress: options.localAddress } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** POST /api/<method> with a JSON body, as the renderer does. */
export async function postApi(port: number, method: string, body: unknown, headers: Record<string, string> = {}, from: { address?: string; localAddress?: string } = {}) {
  const response = await rawRequest({
    ...from,
    port,
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { ...response, json: JSON.parse(response.body) as unknown };
}
