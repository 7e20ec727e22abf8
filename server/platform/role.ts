/**
 * @module platform/role
 * A part of the platform a process runs; each stops what it started.
 */
export interface Role {
  readonly name: string;
  stop(): Promise<void>;
}
