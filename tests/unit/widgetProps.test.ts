import { describe, expect, it } from 'vitest';
import { chapterSource, resolveWidgetProps } from '../../src/components/widgets/widgetProps';
import { scheduleParams } from '../../src/lib/widgets/schedule';
import { defaults } from '../../src/lib/params';

const at = (path: string) => ({ url: new URL(`http://127.0.0.1:4321${path}`) });

describe('chapterSource', () => {
  it('maps a page URL to its language and chapter file', () => {
    expect(chapterSource('/ko/optimization/')).toEqual({ lang: 'ko', file: 'content/ko/optimization.mdx' });
    expect(chapterSource('/en/regularization/')).toEqual({ lang: 'en', file: 'content/en/regularization.mdx' });
    expect(chapterSource('/')).toEqual({ lang: 'en', file: 'the page /' });
  });
});

describe('resolveWidgetProps', () => {
  it('returns the page language and the table defaults overridden by the props', () => {
    const { lang, initial } = resolveWidgetProps(at('/ko/optimization/'), scheduleParams, { id: 'schedule', schedule: 'cosine', base: 0.05 }, 'ScheduleExplorer');
    expect(lang).toBe('ko');
    expect(initial).toEqual({ ...defaults(scheduleParams), schedule: 'cosine', base: 0.05 });
  });

  it('fails with the chapter file, the prop and the allowed props for a misspelt prop', () => {
    expect(() => resolveWidgetProps(at('/en/optimization/'), scheduleParams, { baseRate: 0.1 }, 'ScheduleExplorer')).toThrow(
      /^content\/en\/optimization\.mdx: <ScheduleExplorer> has no prop "baseRate"\. Allowed props: schedule, base, total, /,
    );
  });

  it('fails with the chapter file, the prop and the allowed values for a bad value', () => {
    expect(() => resolveWidgetProps(at('/ko/optimization/'), scheduleParams, { schedule: 'linear' }, 'ScheduleExplorer')).toThrow(
      'content/ko/optimization.mdx: <ScheduleExplorer schedule=…> expected one of "constant", "step", "exponential", "inverseTime", "cosine", "warmup", got "linear".',
    );
    expect(() => resolveWidgetProps(at('/en/optimization/'), scheduleParams, { base: 5 }, 'ScheduleExplorer')).toThrow(
      'content/en/optimization.mdx: <ScheduleExplorer base=…> expected a number from 1e-4 to 1, got 5.',
    );
  });
});
