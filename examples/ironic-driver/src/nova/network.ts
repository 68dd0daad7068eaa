/**
 * nova.network.model, reduced to what the driver reads, and the network_data.json
 * builder from nova.virt.netutils.
 */

export interface FixedIp {
  address: string;
  version: 4 | 6;
  type: 'fixed';
  floatingIps: { address: string }[];
}

export interface Subnet {
  cidr: string;
  gateway: { address: string } | null;
  dns: { address: string }[];
  ips: FixedIp[];
  routes: { cidr: string; gateway: string }[];
  dhcpServer: string | null;
}

export interface Network {
  id: string;
  label: string;
  mtu: number | null;
  subnets: Subnet[];
}

/** One Neutron port bound to the instance. */
export interface VIF {
  id: string;
  address: string;
  type: string;
  vnicType: string;
  network: Network;
  details: Record<string, unknown>;
  profile: Record<string, unknown>;
  active: boolean;
}

export type NetworkInfo = VIF[];

export function fixedIps(networkInfo: NetworkInfo): FixedIp[] {
  return networkInfo.flatMap((vif) => vif.network.subnets.flatMap((subnet) => subnet.ips));
}

export function floatingIps(networkInfo: NetworkInfo): string[] {
  return fixedIps(networkInfo).flatMap((ip) => ip.floatingIps.map((fip) => fip.address));
}

export interface NetworkLink {
  id: string;
  type: string;
  ethernet_mac_address: string;
  vif_id?: string;
  mtu?: number | null;
  [key: string]: unknown;
}

export interface NetworkMetadata {
  links: NetworkLink[];
  networks: Record<string, unknown>[];
  services: { type: 'dns'; address: string }[];
}

/** Builds the content of openstack/latest/network_data.json. */
export function getNetworkMetadata(networkInfo: NetworkInfo): NetworkMetadata {
  const links: NetworkLink[] = [];
  const networks: Record<string, unknown>[] = [];
  const services: NetworkMetadata['services'] = [];

  for (const vif of networkInfo) {
    const linkId = `tap${vif.id.slice(0, 11)}`;
    links.push({
      id: linkId,
      vif_id: vif.id,
      type: vif.type,
      mtu: vif.network.mtu,
      ethernet_mac_address: vif.address,
    });
    for (const subnet of vif.network.subnets) {
      for (const ip of subnet.ips) {
        networks.push({
          id: `network${networks.length}`,
          type: subnet.dhcpServer ? `ipv${ip.version}_dhcp` : `ipv${ip.version}`,
          link: linkId,
          ip_address: ip.address,
          network_id: vif.network.id,
          routes: subnet.routes,
        });
      }
      for (const dns of subnet.dns) {
        services.push({ type: 'dns', address: dns.address });
      }
    }
  }
  return { links, networks, services };
}
