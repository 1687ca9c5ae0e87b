/** The ensemble engine, loaded once tfjs is ready (see kit/lazyEngine.ts). */
import { lazyEngine } from '../kit/lazyEngine';

/** The ensemble engine module once `ready`, else null; `error` if it failed to load. */
export const useEnsembleEngine = lazyEngine(() => import('~/engines/ensemble'));
