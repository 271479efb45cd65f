import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { lanAddresses } from './lan-addresses';
import { listen } from './listen';

export interface LanListeners {
  urls: string[];
  /** The Host headers they answer to (the DNS-rebinding check). */
  hostHeaders: string[];
  close(): Promise<void>;
}

/**
 * The app on each LAN address of the PC, all on one port: the preferred one if free, otherwise
 * whatever the first address gets. Never on 0.0.0.0, so a second network (a VPN, a phone's
 * hotspot) is not opened by accident beyond the addresses shown to the owner.
 */
export async function openLanListeners(listener: RequestListener, addresses: string[] | null, preferredPort: number): Promise<LanListeners> {
  const servers: Server[] = [];
  const urls: string[] = [];
  const hostHeaders: string[] = [];
  let port = preferredPort;
  const close = () => Promise.all(servers.map((server) => new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  }))).then(() => undefined);
  try {
    for (const address of addresses ?? lanAddresses()) {
      const server = createServer(listener);
      try {
        await listen(server, port, address);
      } catch (error) {
        if ((error as { code?: string }).code !== 'EADDRINUSE' || servers.length > 0) throw error;
        await listen(server, 0, address);
      }
      servers.push(server);
      port = (server.address() as AddressInfo).port;
      urls.push(`http://${address}:${port}/`);
      hostHeaders.push(`${address}:${port}`);
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { urls, hostHeaders, close };
}
