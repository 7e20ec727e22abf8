/**
 * @module platform/shards
 * Which districts an actor host owns: district i (in code order) belongs to shard i mod N.
 */
export function ownedDistricts(all: readonly string[], shards: number, shard: number): string[] {
  return [...all].sort().filter((_, i) => i % shards === shard);
}
