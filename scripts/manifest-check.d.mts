export interface ExpectedManifest {
  keys: string[];
  permissions: string[];
  optional_host_permissions: string[];
}
export function keyPaths(value: unknown, prefix?: string, depth?: number): string[];
export function manifestProblems(manifest: Record<string, unknown>, expected: ExpectedManifest): string[];
export function e2eProblems(
  e2eManifest: Record<string, unknown>,
  storeManifest: Record<string, unknown>,
  hostPermissions: string[],
): string[];
