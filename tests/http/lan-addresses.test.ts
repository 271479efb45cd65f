import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lanAddresses } from '../../src-main/http/lan-addresses';

function nic(address: string, family: 'IPv4' | 'IPv6', internal = false): NetworkInterfaceInfo {
  return { address, family, internal, netmask: '', mac: '', cidr: null, ...(family === 'IPv6' ? { scopeid: 0 } : {}) } as NetworkInterfaceInfo;
}

describe('lanAddresses', () => {
  it('lists the PC’s IPv4 addresses on the shop network, not loopback, IPv6 or link-local ones', () => {
    expect(
      lanAddresses({
        lo: [nic('127.0.0.1', 'IPv4', true), nic('::1', 'IPv6', true)],
        以太网: [nic('192.168.1.23', 'IPv4'), nic('fe80::1', 'IPv6')],
        'WLAN': [nic('169.254.10.2', 'IPv4'), nic('10.0.0.8', 'IPv4')],
        copy: [nic('192.168.1.23', 'IPv4')],
      }),
    ).toEqual(['192.168.1.23', '10.0.0.8']);
  });
});
