/** Hand a file the page made to the browser's downloads (an export, the journal's CSV). */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  // Firefox only follows a link that is in the document.
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a while later: revoking at once can cancel a download that has not started yet.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
