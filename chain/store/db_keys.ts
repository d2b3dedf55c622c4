// Every store byte in one place. A store's keys in the commit store start with its byte.
// The node prefixes state keys with STATE_PREFIX in LevelDB (node/db_layout.ts owns the other ranges).

export const STORE_BYTES = {
  auth: 0x01,
  bank: 0x02,
  moneymarket: 0x10,
  amm: 0x11,
  repo: 0x12,
} as const;

export type StoreKey = keyof typeof STORE_BYTES;
