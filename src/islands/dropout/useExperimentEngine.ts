/** The dropout-experiment engine, loaded once tfjs is ready (see kit/lazyEngine.ts). */
import { lazyEngine } from '../kit/lazyEngine';

/** The dropout-experiment engine module once `ready`, else null; `error` if it failed to load. */
export const useExperimentEngine = lazyEngine(() => import('~/engines/dropoutExperiment'));
