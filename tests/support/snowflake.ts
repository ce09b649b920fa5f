/** Discord's epoch (2015-01-01), from which snowflake timestamps count. */
const DISCORD_EPOCH_MS = 1_420_070_400_000n;

let increment = 0n;

/** A fresh, increasing snowflake id, as Discord would hand out. */
export function nextSnowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  const timestamp = BigInt(Date.now()) - DISCORD_EPOCH_MS;
  return ((timestamp << 22n) | (1n << 17n) | increment).toString();
}

/** A random token-like string, for interaction tokens and session ids. */
export function randomToken(length = 32): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let token = '';
  for (let i = 0; i < length; i++) token += alphabet[Math.floor(Math.random() * alphabet.length)];
  return token;
}
