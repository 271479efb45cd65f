import type { ServerResponse } from 'node:http';
import type { PushEvent } from '../contract';

const HEARTBEAT_MS = 25_000;

/**
 * Keeps one Server-Sent Events response open and forwards backend events to it until the
 * browser goes away. Returns the function that ends it (used when the server closes).
 */
export function openEventStream(
  res: ServerResponse,
  subscribe: (listener: (event: PushEvent) => void) => () => void,
): () => void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const unsubscribe = subscribe((event) => {
    res.write(`event: ${event.event}\ndata: ${JSON.stringify(event.payload)}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    res.end();
  };
  res.on('close', end);
  return end;
}
