/** Words of the drawing pad in both languages. */
import { inBoth } from '~/lib/i18n';
export const padWords = inBoth('pad');
