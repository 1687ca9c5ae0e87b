/**
 * Every widget kind's parameter table, by kind. Inline <Param> numbers and build-time checks look
 * tables up here. Add one line per widget kind (its table lives in ./<kind>.ts). Pure.
 */
import type { ParamTable } from '../params';
import { scheduleParams } from './schedule';
import { raceParams } from './race';
import { networkParams } from './network';
import { dropoutParams } from './dropout';
import { dropoutExperimentParams } from './dropoutExperiment';
import { ensembleParams } from './ensemble';
import { augmentParams } from './augment';
import { augmentExperimentParams } from './augmentExperiment';
import { transferLabParams } from './transferLab';
import { strategyTableParams } from './strategyTable';
import { drawingPadParams } from './drawingPad';
import { featureProjectionParams } from './featureProjection';
import { quadraticLabParams } from './quadraticLab';
import { layerViewerParams } from './layerViewer';

export const widgetTables: Record<string, ParamTable> = {
  transferLab: transferLabParams,
  strategyTable: strategyTableParams,
  drawingPad: drawingPadParams,
  featureProjection: featureProjectionParams,
  quadraticLab: quadraticLabParams,
  layerViewer: layerViewerParams,
  schedule: scheduleParams,
  race: raceParams,
  network: networkParams,
  dropout: dropoutParams,
  dropoutExperiment: dropoutExperimentParams,
  ensemble: ensembleParams,
  augment: augmentParams,
  augmentExperiment: augmentExperimentParams,
};

/** The table of widget kind `kind`, with an error that lists the known kinds. */
export function tableFor(kind: string): ParamTable {
  const table = widgetTables[kind];
  if (!table) throw new Error(`Unknown widget kind "${kind}"; known kinds: ${Object.keys(widgetTables).join(', ')}`);
  return table;
}
