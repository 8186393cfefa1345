/**
 * A UUID v4 (RFC 9562) to correlate one run's events. Randomness is passed in: the caller passes
 * `crypto.randomBytes`, tests pass fixed bytes.
 */
export function newCorrelationId(random: (size: number) => Uint8Array): string {
  const bytes = Uint8Array.from(random(16)).slice(0, 16);
  if (bytes.length < 16) throw new Error(`newCorrelationId: needs 16 random bytes, got ${bytes.length}`);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40; // version 4
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // variant 10xx
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
