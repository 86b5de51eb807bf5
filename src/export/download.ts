/** Saves text as a file; the Blob and its URL exist only for this click. */
export function downloadText(
  fileName: string,
  text: string,
  type = 'text/plain',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  // Revoke once the click has been handled, so the download can start.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
