// Reads a whole upstream body before answering, so a connection cut off
// mid-body becomes a 502 instead of a truncated 200.
import type { Readable } from 'node:stream';

export class BodyTooLargeError extends Error {
  readonly code = 'UPSTREAM_BODY_TOO_LARGE';
}

/** Collects `stream` into one Buffer; rejects past `limitBytes`. */
export async function readCapped(
  stream: Readable,
  limitBytes: number,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += buffer.length;
    if (size > limitBytes) {
      stream.destroy();
      throw new BodyTooLargeError(`answer larger than ${limitBytes} bytes`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
