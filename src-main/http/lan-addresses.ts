import { networkInterfaces } from 'node:os';

/**
 * The PC's IPv4 addresses on the shop's network (192.168.x.x and the like): what other PCs type.
 * Loopback and link-local (169.254.x.x, no DHCP answer) addresses are left out.
 */
export function lanAddresses(interfaces = networkInterfaces()): string[] {
  const found: string[] = [];
  for (const entries of Object.values(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.family !== 'IPv4' || entry.internal || entry.address.startsWith('169.254.')) continue;
      if (!found.includes(entry.address)) found.push(entry.address);
    }
  }
  return found;
}
