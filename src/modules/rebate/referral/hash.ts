import { createHmac } from "node:crypto"

/**
 * IPs and device ids are kept only as keyed hashes (DESIGN.md §7): equal inputs still compare
 * equal for risk checks, but a hash cannot be turned back into an address without the key.
 * The key is the plugin's own `hash_secret`, never the JWT secret: a key that signs tokens, or a
 * framework default, would let anyone who knows it recompute every IPv4 address's hash.
 */
export function hashIdentifier(value: string, secret: string): string {
  return createHmac("sha256", secret).update(value).digest("hex")
}
