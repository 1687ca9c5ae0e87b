/** The torch.optim equivalent of an update-rule cell and how its convention differs. */
import type { Lang } from '~/lib/i18n';
import type { LectureCellName } from '~/lib/cell/lectureCells';
import { torchEquivalents } from '~/lib/cell/torchEquivalents';

/** A small "PyTorch" disclosure under the cell (nothing for cells without an equivalent). */
export function TorchAside({ name, lang, heading }: { name: LectureCellName; lang: Lang; heading: string }) {
  const torch = torchEquivalents[name];
  if (!torch) return null;
  return (
    <details class="cell-torch" data-torch={name}>
      <summary>{heading}</summary>
      <pre><code>{torch.code}</code></pre>
      <p>{torch.note[lang]}</p>
    </details>
  );
}
