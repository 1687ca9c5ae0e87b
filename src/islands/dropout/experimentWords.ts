/** The DropoutExperiment's words in both languages (p is always the DROP probability). Pure data. */
import { inBoth } from '~/lib/i18n';
export const experimentWords = inBoth('dropoutExperiment');
