/** Words of LayerViewer in both languages (a namespace of the dictionaries in src/lib/i18n). */
import { inBoth } from '~/lib/i18n';
export const layerWords = inBoth('layerViewer');
