/**
 * Hands files to the browser's downloads, as tf.io.browserDownloads does: one temporary blob
 * link per file, clicked, then released. Nothing is uploaded anywhere.
 */
import type { PadClassifier } from '~/engines/transfer/padClassifier';

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

/** Downloads the drawing pad's trained model as model.json and its weights file (padExport.ts). */
export async function downloadPadModel(classifier: PadClassifier, classes: readonly string[]): Promise<void> {
  const [{ modelJson, weights }, { EXPORT_WEIGHTS_FILE }] = await Promise.all([classifier.exportModel(classes), import('~/engines/transfer/padExport')]);
  downloadFiles([
    { name: 'model.json', blob: new Blob([JSON.stringify(modelJson)], { type: 'application/json' }) },
    { name: EXPORT_WEIGHTS_FILE, blob: new Blob([weights], { type: 'application/octet-stream' }) },
  ]);
}
