/** Discord's epoch (2015-01-01), from which snowflake timestamps count. */
const DISCORD_EPOCH_MS = 1_420_070_400_000n;

let increment = 0n;

/** A fresh snowflake id, as Discord would hand out; `atMs` is its creation time (default now). */
export function nextSnowflake(atMs: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  const timestamp = BigInt(Math.floor(atMs)) - DISCORD_EPOCH_MS;
  return ((timestamp << 22n) | (1n << 17n) | increment).toString();
}

/** When a snowflake was created, in milliseconds since 1970. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH_MS);
}

/** A random token-like string, for interaction tokens and session ids. */
export function randomToken(length = 32): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let token = '';
  for (let i = 0; i < length; i++) token += alphabet[Math.floor(Math.random() * alphabet.length)];
  return token;
}
