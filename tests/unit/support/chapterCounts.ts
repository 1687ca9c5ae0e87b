/**
 * What a chapter section contains, counted from its MDX source, so the English and Korean texts
 * of a chapter can be compared section by section (tests/unit/chapterParity.test.ts).
 *
 * A section runs from one `## ` heading to the next (headings inside code fences do not count).
 * Counted per section: display formulas ($$ … $$), code (fenced blocks and runnable `<LectureCell`
 * or `<Cell` components together, however a code block ends up shown), figures (`<figure`, `![…](…)`),
 * Markdown tables, quiz questions (`<Question` and `<NumberQuestion`, and the quiz's shape: kinds,
 * choices, correct choice, numeric answers), `<Measured>` uses, the
 * course's prose boxes (`<Later`, `<Misconceptions`), and every other component tag by name
 * (the widgets). Inline `<Param>` references and the quiz's inner tags are left to the prose.
 */

/** The counts of one `## ` section; `components` maps each widget component to its uses. */
export interface SectionCounts {
  heading: string;
  formulas: number;
  code: number;
  figures: number;
  tables: number;
  questions: number;
  measured: number;
  later: number;
  misconceptions: number;
  /** The quiz's shape: per question its kind and choices (correct one marked) or its numeric answer. */
  quiz: string;
  components: Record<string, number>;
}

/** Tags that are prose or quiz structure, counted by their own fields or not at all. */
const NOT_WIDGETS = new Set([
  'Quiz', 'Question', 'NumberQuestion', 'Choice', 'Explain', 'Param', 'Measured', 'Cell', 'LectureCell', 'Later', 'Misconceptions', 'Misconception',
]);

/** Splits an MDX chapter (frontmatter and imports before the first `## ` are dropped) into sections. */
export function splitSections(mdx: string): { heading: string; body: string }[] {
  const sections: { heading: string; lines: string[] }[] = [];
  let inFence = false;
  for (const line of mdx.split('\n')) {
    if (/^[ \t]*```/.test(line)) inFence = !inFence;
    if (!inFence && line.startsWith('## ')) {
      sections.push({ heading: line.slice(3).trim(), lines: [] });
      continue;
    }
    sections.at(-1)?.lines.push(line);
  }
  return sections.map((s) => ({ heading: s.heading, body: s.lines.join('\n') }));
}

const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;

/**
 * The shape of a section's quiz, e.g. "choice 4 (2nd correct) | number 0.625": the same questions in
 * both languages have the same kinds, the same number of choices, the same correct choice and the
 * same numeric answers, whatever the wording.
 */
export function quizShape(prose: string): string {
  return [...prose.matchAll(/<(Question|NumberQuestion)([^>]*)>([\s\S]*?)<\/\1>/g)]
    .map(([, kind, attrs, body]) => {
      if (kind === 'NumberQuestion') return `number ${/answer=\{([^}]*)\}/.exec(attrs)?.[1] ?? '?'}`;
      const choices = [...body.matchAll(/<Choice(\s+correct)?\s*>/g)];
      const correct = choices.findIndex((c) => c[1]) + 1;
      return `choice ${choices.length} (${correct}. correct)`;
    })
    .join(' | ');
}

/** Counts what one section body contains. */
export function countSection(heading: string, body: string): SectionCounts {
  const fences = count(body, /^[ \t]*```/gm);
  // Formulas, tables and tags are counted outside code blocks only.
  const prose = body.replace(/^[ \t]*```[\s\S]*?^[ \t]*```/gm, '');
  const components: Record<string, number> = {};
  for (const m of prose.matchAll(/<([A-Z][A-Za-z0-9]*)[\s/>]/g)) {
    if (!NOT_WIDGETS.has(m[1])) components[m[1]] = (components[m[1]] ?? 0) + 1;
  }
  return {
    heading,
    formulas: Math.floor(count(prose, /\$\$/g) / 2),
    code: Math.floor(fences / 2) + count(prose, /<(Lecture)?Cell[\s/>]/g),
    figures: count(prose, /<figure[\s>]/g) + count(prose, /!\[[^\]]*\]\(/g),
    tables: count(prose, /^[ \t]*\|([ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$/gm),
    questions: count(prose, /<(Question|NumberQuestion)[\s>]/g),
    measured: count(prose, /<Measured\s/g),
    later: count(prose, /<Later[\s>]/g),
    misconceptions: count(prose, /<Misconceptions[\s>]/g),
    quiz: quizShape(prose),
    components,
  };
}

/** The counts of every `## ` section of a chapter, in order. */
export function chapterCounts(mdx: string): SectionCounts[] {
  return splitSections(mdx).map((s) => countSection(s.heading, s.body));
}

/**
 * Where two languages' versions of a chapter differ: one line per section and kind, naming
 * both headings and both counts; empty when they match.
 */
export function parityDifferences(en: string, ko: string): string[] {
  const a = chapterCounts(en);
  const b = chapterCounts(ko);
  if (a.length !== b.length) return [`${a.length} sections in English, ${b.length} in Korean`];
  const out: string[] = [];
  a.forEach((sa, i) => {
    const sb = b[i];
    const where = `section ${i + 1} ("${sa.heading}" / "${sb.heading}")`;
    for (const key of ['formulas', 'code', 'figures', 'tables', 'questions', 'measured', 'later', 'misconceptions'] as const) {
      if (sa[key] !== sb[key]) out.push(`${where}: ${key} ${sa[key]} in English, ${sb[key]} in Korean`);
    }
    if (sa.questions === sb.questions && sa.quiz !== sb.quiz) out.push(`${where}: quiz "${sa.quiz}" in English, "${sb.quiz}" in Korean`);
    for (const name of new Set([...Object.keys(sa.components), ...Object.keys(sb.components)])) {
      const x = sa.components[name] ?? 0;
      const y = sb.components[name] ?? 0;
      if (x !== y) out.push(`${where}: <${name}> ${x} in English, ${y} in Korean`);
    }
  });
  return out;
}
