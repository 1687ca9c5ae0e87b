/** Words of the AugmentationGallery, per language. Pure data. */
import { inBoth, type Lang } from '~/lib/i18n';
import type { LoadProblem } from './loadImage';


export const galleryWords = inBoth('augmentGallery');
