/**
 * The drawing pad's "add from an image file": the picture is read in the browser with the
 * gallery's checks (size on disk, pixels declared in the header, a file that is not an image),
 * turned into ink (lib/imageInk) and normalised like a stroke, then handed to the pad. Every
 * refusal comes back as words in the reader's language, never an exception.
 */
import { normalizeDrawing } from '~/lib/drawing';
import type { Lang } from '~/lib/i18n';
import { inkFromPixels } from '~/lib/imageInk';
import { loadProblemOf, readImageFile } from '../augment/loadImage';
import { FilePicker } from '../kit/FilePicker';
import { padWords } from './padWords';

interface Props {
  /** The input's element id (unique on the page). */
  id: string;
  lang: Lang;
  disabled: boolean;
  /** The normalised 784-pixel picture of file `name`. */
  onPicture(image: Float32Array, name: string): void;
  /** What went wrong, already in the reader's language. */
  onProblem(text: string): void;
}

/** The file picker (a labelled button) of the drawing pad. */
export function PadUpload({ id, lang, disabled, onPicture, onProblem }: Props) {
  const w = padWords[lang];
  const pick = async (file: File) => {
    try {
      const canvas = await readImageFile(file);
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) return onProblem(w.uploadProblem({ kind: 'noCanvas' }));
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const image = normalizeDrawing(inkFromPixels(data, canvas.width, canvas.height), canvas.width, canvas.height);
      if (!image) return onProblem(w.noInk(file.name));
      onPicture(image, file.name);
    } catch (e) {
      onProblem(w.uploadProblem(loadProblemOf(e)));
    }
  };
  return (
    <div class="drawing-pad-upload">
      <FilePicker id={id} label={w.upload} lang={lang} accept="image/*" disabled={disabled} onFile={(file) => void pick(file)} />
      <p class="widget-caption">{w.uploadNote}</p>
    </div>
  );
}
