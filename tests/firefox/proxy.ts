/**
 * The network the test Firefox sees: an HTTP proxy on 127.0.0.1 that records
 * every request and refuses it. Request interception (WebDriver BiDi) sees
 * only what a tab loads; an extension's background page and a content
 * script's own fetch() go past it, straight to the network, so the no-network
 * test would pass whatever they did. Through this proxy they cannot reach the
 * network, and they are recorded: plain HTTP as its absolute URL, HTTPS and
 * secure WebSockets as `https://host:port` (CONNECT says no more), and
 * refused with 403.
 *
 * Firefox's own start-up traffic to its settings service is silenced with
 * MOZ_REMOTE_SETTINGS_DEVTOOLS=1 (set here for the Firefox the harness starts),
 * so what the proxy records comes from the pages and the extensions.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RefusingProxy {
  port: number;
  /** Everything that tried to leave the browser, in order. */
  requests: string[];
  close(): Promise<void>;
}

process.env.MOZ_REMOTE_SETTINGS_DEVTOOLS = '1';

export async function startRefusingProxy(): Promise<RefusingProxy> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '(none)');
    res.writeHead(403, { connection: 'close' }).end();
  });
  server.on('connect', (req, socket) => {
    requests.push(`https://${req.url ?? '(none)'}`);
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });
  server.on('upgrade', (req, socket) => {
    requests.push(req.url ?? '(none)');
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Firefox preferences sending every request, HTTP and HTTPS, through the proxy on `port`. */
export function proxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1, // manual
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    // Names are resolved by the proxy, never by Firefox: no DNS query leaves either.
    'network.proxy.socks_remote_dns': true,
    'network.dns.disablePrefetch': true,
  };
}
