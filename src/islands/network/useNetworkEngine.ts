/** The network-race engine, loaded once tfjs is ready (see kit/lazyEngine.ts). */
import { lazyEngine } from '../kit/lazyEngine';

/** The network-race engine module once `ready`, else null; `error` if it failed to load. */
export const useNetworkEngine = lazyEngine(() => import('~/engines/networkRace'));
