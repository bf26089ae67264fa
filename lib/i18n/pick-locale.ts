/** The first of the browser's preferred languages that we support, by primary subtag. */
export function pickLocale(
  preferred: readonly string[],
  supported: readonly string[],
  fallback: string,
): string {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary && supported.includes(primary)) return primary;
  }
  return fallback;
}
