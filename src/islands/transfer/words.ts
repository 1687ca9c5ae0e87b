/** Words of the transfer islands in both languages. */
import { inBoth } from '~/lib/i18n';
export const labWords = inBoth('transferLab');
