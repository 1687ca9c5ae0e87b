/** The Korean dictionary: the same namespaces and keys as the English one (typed `Messages`). Pure. */
import type { Messages } from '../en';
import { augmentChart } from './augmentChart';
import { cell } from './cell';
import { cellProblems } from './cellProblems';
import { cellTorch } from './cellTorch';
import { augmentExperiment } from './augmentExperiment';
import { augmentExperimentParams } from './augmentExperimentParams';
import { augmentGallery } from './augmentGallery';
import { augmentParams } from './augmentParams';
import { drawingPadParams } from './drawingPadParams';
import { drawn } from './drawn';
import { dropout } from './dropout';
import { dropoutChart } from './dropoutChart';
import { dropoutExperiment } from './dropoutExperiment';
import { dropoutExperimentChart } from './dropoutExperimentChart';
import { dropoutExperimentParams } from './dropoutExperimentParams';
import { dropoutParams } from './dropoutParams';
import { ensemble } from './ensemble';
import { ensembleChart } from './ensembleChart';
import { ensembleCompare } from './ensembleCompare';
import { ensembleParams } from './ensembleParams';
import { featureProjectionParams } from './featureProjectionParams';
import { formula } from './formula';
import { kit } from './kit';
import { layerLocks } from './layerLocks';
import { firstLayer } from './firstLayer';
import { layerViewer } from './layerViewer';
import { layerViewerParams } from './layerViewerParams';
import { networkCharts } from './networkCharts';
import { networkParams } from './networkParams';
import { networkRace } from './networkRace';
import { networkStandings } from './networkStandings';
import { optimizers } from './optimizers';
import { pad } from './pad';
import { projection } from './projection';
import { proseBoxes } from './proseBoxes';
import { race } from './race';
import { raceChart } from './raceChart';
import { quadraticLab } from './quadraticLab';
import { quadraticLabParams } from './quadraticLabParams';
import { raceParams } from './raceParams';
import { secondOrder } from './secondOrder';
import { reasons } from './reasons';
import { rescuedDigits } from './rescuedDigits';
import { scheduleChart } from './scheduleChart';
import { scheduleExplorer } from './scheduleExplorer';
import { scheduleParams } from './scheduleParams';
import { scheduleSummary } from './scheduleSummary';
import { schedules } from './schedules';
import { site } from './site';
import { strategyTable } from './strategyTable';
import { strategyTableParams } from './strategyTableParams';
import { surfaces } from './surfaces';
import { trainingCurves } from './trainingCurves';
import { trainingStandings } from './trainingStandings';
import { transferChart } from './transferChart';
import { transferLab } from './transferLab';
import { transferLabParams } from './transferLabParams';
import { transferStrategies } from './transferStrategies';
import { units } from './units';

export const ko: Messages = {
  augmentChart,
  cell,
  cellProblems,
  cellTorch,
  augmentExperiment,
  augmentExperimentParams,
  augmentGallery,
  augmentParams,
  drawingPadParams,
  drawn,
  dropout,
  dropoutChart,
  dropoutExperiment,
  dropoutExperimentChart,
  dropoutExperimentParams,
  dropoutParams,
  ensemble,
  ensembleChart,
  ensembleCompare,
  ensembleParams,
  featureProjectionParams,
  formula,
  kit,
  layerLocks,
  firstLayer,
  layerViewer,
  layerViewerParams,
  networkCharts,
  networkParams,
  networkRace,
  networkStandings,
  optimizers,
  pad,
  projection,
  proseBoxes,
  race,
  raceChart,
  quadraticLab,
  quadraticLabParams,
  raceParams,
  secondOrder,
  reasons,
  rescuedDigits,
  scheduleChart,
  scheduleExplorer,
  scheduleParams,
  scheduleSummary,
  schedules,
  site,
  strategyTable,
  strategyTableParams,
  surfaces,
  trainingCurves,
  trainingStandings,
  transferChart,
  transferLab,
  transferLabParams,
  transferStrategies,
  units,
};
