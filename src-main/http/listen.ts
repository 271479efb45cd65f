import type { Server } from 'node:http';

/** server.listen as a promise that rejects with the bind error (EADDRINUSE, EADDRNOTAVAIL). */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      resolve();
    });
  });
}
