import { createHash } from 'node:crypto';

/** Lowercase hex SHA-256; a string is hashed as its UTF-8 bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** A SHA-256 fed in pieces: strings as their UTF-8 bytes, like sha256Hex. */
export interface Sha256Stream {
  update(data: string | Uint8Array): void;
  /** Lowercase hex; the stream takes nothing after it. */
  digest(): string;
}

export function sha256Stream(): Sha256Stream {
  const hash = createHash('sha256');
  return {
    update: (data) => void hash.update(data),
    digest: () => hash.digest('hex'),
  };
}
