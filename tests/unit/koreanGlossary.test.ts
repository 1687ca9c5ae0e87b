/**
 * One Korean word for one idea, in the chapters and in the widgets' Korean dictionary alike, so a
 * Korean reader never wonders whether 보류 데이터 in a chart and 검증용 숫자 in the text are two
 * different things (issue 15, "Teaching voice"). Each rule names the word to avoid, the word the
 * course uses instead, and the one phrase where the avoided word may still appear.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Rule {
  avoid: string;
  use: string;
  /** A phrase in which `avoid` is allowed (e.g. where the text names the other usage once). */
  allowedIn?: string;
}

const RULES: Rule[] = [
  { avoid: '보류', use: '검증(용)' },
  { avoid: '떼어 둔', use: '검증용' },
  { avoid: '웜업', use: '워밍업' },
  { avoid: '최적화기', use: '옵티마이저' },
  { avoid: '서브네트워크', use: '부분 네트워크' },
  { avoid: '규제', use: '정규화', allowedIn: '"규제"라고도 부릅니다' },
];

const root = new URL('../../', import.meta.url);
const files = (dir: string, ext: string) =>
  readdirSync(new URL(dir, root))
    .filter((name) => name.endsWith(ext))
    .map((name) => ({ path: `${dir}${name}`, text: readFileSync(new URL(`${dir}${name}`, root), 'utf8') }));
const KOREAN = [...files('content/ko/', '.mdx'), ...files('src/lib/i18n/ko/', '.ts')];

/** Each line (path:line: …) where `rule.avoid` appears outside its allowed phrase. */
function offences(rule: Rule): string[] {
  const found: string[] = [];
  for (const { path, text } of KOREAN) {
    text.split('\n').forEach((line, i) => {
      const rest = rule.allowedIn ? line.split(rule.allowedIn).join('') : line;
      if (rest.includes(rule.avoid)) found.push(`${path}:${i + 1}: ${rule.avoid} (use ${rule.use})`);
    });
  }
  return found;
}

describe('the Korean text and the Korean widgets use one word for each idea', () => {
  it('reads the chapters and the dictionary', () => {
    expect(KOREAN.filter((f) => f.path.endsWith('.mdx'))).toHaveLength(4);
    expect(KOREAN.length).toBeGreaterThan(20);
  });
  for (const rule of RULES) {
    it(`${rule.use}, not ${rule.avoid}`, () => {
      expect(offences(rule)).toEqual([]);
    });
  }
  it('would catch an avoided word', () => {
    KOREAN.push({ path: 'probe', text: '보류 데이터 정확도' });
    try {
      expect(offences(RULES[0]).filter((o) => o.startsWith('probe:'))).toEqual(['probe:1: 보류 (use 검증(용))']);
    } finally {
      KOREAN.pop();
    }
  });
});
