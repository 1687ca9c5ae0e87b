/**
 * LayerViewer's parameter: which held-out digit goes through the pretrained body (the reader can
 * also draw one, which is not kept in the URL). Pure data.
 */
import { pair } from '../i18n';
import type { ParamTable } from '../params';

export const layerViewerParams: ParamTable = [{ kind: 'int', name: 'example', label: pair((d) => d.layerViewerParams.example.label), default: 1, min: 1, max: 100 }];
