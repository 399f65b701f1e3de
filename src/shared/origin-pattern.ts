/** 'https://ehr.example.org/chart/1' -> 'https://ehr.example.org/*', the pattern a permission request takes. */
export function originPattern(input: string): string | undefined {
  try {
    const url = new URL(input.includes('://') ? input : `https://${input}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return undefined;
  }
}
