// Node's HTTP parser knows a fixed list of methods and refuses Vault's
// `LIST`. A small front server reads each connection's request line and,
// for an unknown method, hands Node a GET that remembers the original.
import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer, METHODS } from 'node:http';
import type { RequestListener, Server as HttpServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import type { Server as NetServer, Socket } from 'node:net';

const nonce = randomBytes(6).toString('hex');

/** Carries the client's method; random so no client can send it. */
export const ORIGINAL_METHOD_HEADER = `x-sandbox-method-${nonce}`;

const KNOWN = new Set(METHODS);
const MAX_REQUEST_LINE = 16 * 1024;
const FIRST_LINE_TIMEOUT_MS = 10_000;

/** The first request line rewritten when its method is unknown to Node. */
export function rewriteRequestLine(head: Buffer): Buffer {
  const end = head.indexOf('\r\n');
  if (end < 0) return head;
  const line = head.subarray(0, end).toString('latin1');
  const space = line.indexOf(' ');
  const method = line.slice(0, space);
  if (space <= 0 || KNOWN.has(method) || !/^[A-Z-]+$/.test(method)) {
    return head;
  }
  const rewritten =
    `GET${line.slice(space)}\r\n` + `${ORIGINAL_METHOD_HEADER}: ${method}`;
  return Buffer.concat([Buffer.from(rewritten, 'latin1'), head.subarray(end)]);
}

function handOver(socket: Socket, http: HttpServer, waiting: Set<Socket>) {
  waiting.add(socket);
  socket.once('close', () => waiting.delete(socket));
  let head = Buffer.alloc(0);
  const onReadable = () => {
    for (let chunk; (chunk = socket.read() as Buffer | null) !== null;) {
      head = Buffer.concat([head, chunk]);
    }
    if (head.indexOf('\r\n') < 0 && head.length < MAX_REQUEST_LINE) return;
    socket.off('readable', onReadable);
    waiting.delete(socket);
    socket.setTimeout(0);
    socket.unshift(rewriteRequestLine(head));
    http.emit('connection', socket);
  };
  socket.on('readable', onReadable);
  socket.setTimeout(FIRST_LINE_TIMEOUT_MS, () => socket.destroy());
  socket.on('error', () => socket.destroy());
}

/**
 * An HTTP server that also accepts custom methods. Every answer closes
 * its connection, so each request line is the first of its connection.
 */
export function createCustomMethodServer(listener: RequestListener): {
  server: NetServer;
  /** Ends every open connection, idle or answering. */
  closeAllConnections(): void;
} {
  const waiting = new Set<Socket>();
  const http = createHttpServer((request, reply) => {
    reply.setHeader('connection', 'close');
    listener(request, reply);
  });
  const server = createNetServer((socket) => handOver(socket, http, waiting));
  const closeAllConnections = () => {
    waiting.forEach((socket) => socket.destroy());
    http.closeAllConnections();
  };
  return { server, closeAllConnections };
}
