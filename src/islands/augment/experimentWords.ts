/** The AugmentationExperiment's words in both languages. Pure data. */
import { inBoth } from '~/lib/i18n';
export const augmentExperimentWords = inBoth('augmentExperiment');
