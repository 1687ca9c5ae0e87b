/**
 * A choice remembered for this tab (sessionStorage), such as the backend the probe picked, so a
 * reload does not probe again. Storage can be missing or refuse (private mode, a full quota): then
 * nothing is remembered and the caller simply works it out again.
 */

/** The value stored under `key`, or null when there is none or storage cannot be read. */
export function rememberedChoice(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `value` under `key` when storage allows it. */
export function rememberChoice(key: string, value: string): void {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    // No storage: the choice is made again next time.
  }
}
