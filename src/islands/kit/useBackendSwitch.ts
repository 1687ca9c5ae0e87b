/** Switching the page's tfjs backend from a widget's badge, and why the switch failed, if it did. */
import { useCallback, useState } from 'preact/hooks';
import type { TfHandle } from './useTf';

/** `switchBackend(name)` for the badge's menu; `switchError` holds the last failure until the next try. */
export function useBackendSwitch(tfHandle: Pick<TfHandle, 'switchBackend'>): { switchBackend(name: string): void; switchError: string | null } {
  const [switchError, setSwitchError] = useState<string | null>(null);
  const switchBackend = useCallback(
    (name: string) => {
      setSwitchError(null);
      tfHandle.switchBackend(name).catch((e: unknown) => setSwitchError(e instanceof Error ? e.message : String(e)));
    },
    [tfHandle],
  );
  return { switchBackend, switchError };
}
