import net from 'node:net';

/**
 * A TCP port on 127.0.0.1 that nothing listens on right now, for the local Neo4j
 * instances and servers that tests, the benchmark and the soak run start.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}
