/** What a parameter accepts and why a value was refused (namespace `reasons`). Pure data. */

export const reasons = {
  number: (a: string, b: string) => `a number from ${a} to ${b}`,
  multiple: (step: number, a: string, b: string) => `a multiple of ${step} from ${a} to ${b}`,
  integer: (a: string, b: string) => `an integer from ${a} to ${b}`,
  oneOf: (list: string) => `one of ${list}`,
  boolean: 'true or false',
  text: (max: number) => `text of at most ${max} characters`,
  /** `allowed` is one of the phrases above, `got` the reader's input as shown. */
  expected: (allowed: string, got: string) => `expected ${allowed}, got ${got}`,
  unknown: 'unknown parameter',
  enter: (allowed: string) => `Enter ${allowed}`,
};
