export function findChromium(): string | null;
export const HOW_TO_GET_CHROMIUM: string;
export const CHROMIUM_ARGS: string[];
