/** Words of galleryWords.ts (namespace `augmentGallery`). Pure data. */
import { mb } from '../format';
import type { LoadProblemShape } from '../shapes';
export const augmentGallery = {
  title: 'Augmentation gallery',
  redraw: 'New draw',
  ownImage: 'Or use your own image',
  ownNote: 'Your image stays in this browser: it is never uploaded.',
  usingOwn: (name: string) => `Showing your image “${name}”.`,
  backToPhotos: 'Back to the shipped photos',
  pipeline: 'Pipeline, applied in this order',
  nothingOn: 'No transform is on: every tile is the original.',
  loading: 'Loading the photo…',
  decoding: (name: string) => `Decoding your image “${name}”… (a large one takes a few seconds)`,
  working: 'Drawing 16 augmentations…',
  grid: (label: string, seed: number) => `16 random augmentations of the same photo, labelled “${label}” (seed ${seed})`,
  credit: 'Photos: scikit-image sample data (CC0 / public domain).',
  problem(p: LoadProblemShape): string {
    switch (p.kind) {
      case 'tooLarge':
        return `That file is ${mb(p.bytes)} MB; the gallery takes images up to 25 MB. Pick a smaller one.`;
      case 'notImage':
        return `“${p.name}” could not be read as an image (it may be damaged, or not a picture). Try a JPEG, PNG or WebP file.`;
      case 'tooManyPixels':
        return `That image is ${p.width} x ${p.height} pixels, more than this page will decode. Pick a smaller one.`;
      case 'fetch':
        return `The photo could not be loaded (${p.status}). Check the connection and choose it again.`;
      case 'noCanvas':
        return 'This browser cannot draw the image into a canvas, so the gallery cannot use it.';
      case 'unexpected':
        return `The image could not be used (${p.detail}). Try another file.`;
    }
  },
};
