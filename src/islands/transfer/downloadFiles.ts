/**
 * Hands files to the browser's downloads, as tf.io.browserDownloads does: one temporary blob
 * link per file, clicked, then released. Nothing is uploaded anywhere.
 */
/** Downloads each `{ name, blob }` in turn. */
export function downloadFiles(files: readonly { name: string; blob: Blob }[]): void {
  for (const { name, blob } of files) {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
    // The download has started by the next task; a minute leaves slow disks room.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** Downloads the drawing pad's trained model (made in the engine worker: padExport.ts) as model.json and its weights file. */
export async function downloadPadModel(model: { modelJson: Record<string, unknown>; weights: ArrayBuffer; weightsFile: string } | null): Promise<void> {
  if (!model) throw new Error('No trained head to download');
  downloadFiles([
    { name: 'model.json', blob: new Blob([JSON.stringify(model.modelJson)], { type: 'application/json' }) },
    { name: model.weightsFile, blob: new Blob([model.weights], { type: 'application/octet-stream' }) },
  ]);
}
