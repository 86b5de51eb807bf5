// Requests for server tests. node:http keeps paths byte-exact (fetch would
// normalise `..` away); rawRequest sends bytes no client library would.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';

export const APP_HEADERS = { 'x-requested-by': 'nomad-vault-walkthrough' };

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  durationMs: number;
}

export interface Outgoing {
  method?: string;
  path: string;
  headers?: Record<string, string | string[]>;
  body?: string | Buffer;
}

/** One request on a fresh connection to 127.0.0.1:`port`. */
export function send(port: number, outgoing: Outgoing): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: outgoing.method ?? 'GET',
        path: outgoing.path,
        headers: { host: `127.0.0.1:${port}`, ...outgoing.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            durationMs: performance.now() - started,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(outgoing.body);
  });
}

/** Writes `text` as is and returns everything read until the socket closes. */
export function rawRequest(
  port: number,
  text: string,
  timeoutMs = 5000,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      reject(new Error(`no close within ${timeoutMs} ms`));
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/** The status code of a raw HTTP/1.1 answer, or 0 when there is none. */
export function statusOf(rawAnswer: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(rawAnswer)?.[1] ?? 0);
}
