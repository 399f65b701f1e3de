/** Copies text to the clipboard from an extension page (panel, popup, options); the page must have focus. */
export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}
