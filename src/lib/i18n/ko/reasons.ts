/** Korean: what a parameter accepts and why a value was refused (namespace `reasons`). Pure data. */
import type { Messages } from '../en';

export const reasons: Messages['reasons'] = {
  number: (a: string, b: string) => `${a}에서 ${b} 사이의 숫자`,
  multiple: (step: number, a: string, b: string) => `${a}에서 ${b} 사이의 ${step}의 배수`,
  integer: (a: string, b: string) => `${a}에서 ${b} 사이의 정수`,
  oneOf: (list: string) => `${list} 중 하나`,
  boolean: 'true 또는 false',
  text: (max: number) => `${max}자 이하의 텍스트`,
  expected: (allowed: string, got: string) => `${allowed}여야 합니다(받은 값: ${got})`,
  unknown: '알 수 없는 매개변수입니다',
  enter: (allowed: string) => `${allowed}를 입력하세요`,
};
