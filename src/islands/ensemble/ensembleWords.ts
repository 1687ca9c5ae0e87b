/** The EnsembleLab's interface words in both languages. Pure data. */
import type { EnsembleModeName } from '~/lib/widgets/ensemble';
import { inBoth } from '~/lib/i18n';


export const ensembleWords = inBoth('ensemble');
