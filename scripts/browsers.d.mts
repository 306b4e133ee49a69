export function findChromium(): string;
export function findFirefox(): string;
export const QUIET_CHROMIUM_ARGS: string[];
