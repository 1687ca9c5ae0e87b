/**
 * StrategyTable: the lecture's 2x2 table (little / a lot of data x similar / different data
 * set), each cell with its advice and why. Clicking a cell selects it and sets TransferLab's
 * highlighted strategy and layer locks to match (the two islands share TransferLab's store).
 */
import type { Lang } from '~/lib/i18n';
import type { ParamValues } from '~/lib/params';
import { getStore, peekStore } from '~/lib/widgetStore';
import { CELL_STRATEGY, strategyTableParams, type StrategyCell } from '~/lib/widgets/strategyTable';
import { transferLabParams } from '~/lib/widgets/transferLab';
import { useWidgetState } from './kit/useWidgetState';
import { WidgetFrame } from './kit/WidgetFrame';

interface Props {
  id: string;
  lang: Lang;
  initial: ParamValues;
  /** The TransferLab instance to steer. */
  labId?: string;
}

/** This module's words per language; exported so tests/unit/messageTables.test.ts can check every Korean string. */
export const words = {
  en: {
    title: 'Which strategy? Data size × similarity',
    similar: 'Very similar data set',
    different: 'Very different data set',
    little: 'Very little data',
    much: 'Quite a lot of data',
    cells: {
      'little-similar': ['Linear classifier on the top layer', 'The top features already fit; training more weights on few examples would only overfit. Sets the lab to head only.'],
      'much-similar': ['Fine-tune a few layers', 'Enough data to adjust the upper layers a little, with a small learning rate. Sets the lab to fine-tune with conv1–conv2 frozen.'],
      'little-different': ["You're in trouble… try linear classifiers from different stages", 'Top features are specific to the old task and there is too little data to retrain them; earlier layers are more general. Sets the lab to head only on the features of conv2, an earlier stage (on these digits it does worse than conv3, as the text explains).'],
      'much-different': ['Fine-tune a larger number of layers', 'The features must change a lot, and there is enough data to change them; pretrained weights are still a better start. Sets the lab to fine-tune all.'],
    },
    hint: 'Our lab (letters, symbols and clothes → digits) is a somewhat different data set; N = 1 or 10 is very little data.',
  },
  ko: {
    title: '어떤 전략을 쓸까? 데이터 양 × 유사도',
    similar: '매우 비슷한 데이터셋',
    different: '매우 다른 데이터셋',
    little: '데이터가 아주 적음',
    much: '데이터가 꽤 많음',
    cells: {
      'little-similar': ['맨 위 층에 선형 분류기', '위쪽 특징이 이미 잘 맞습니다. 적은 예제로 더 많은 가중치를 학습하면 과적합만 합니다. 실험실을 "마지막 층만"으로 설정합니다.'],
      'much-similar': ['몇 개 층을 미세 조정', '위쪽 층을 작은 학습률로 조금 고칠 만큼 데이터가 있습니다. 실험실을 conv1–conv2 고정 미세 조정으로 설정합니다.'],
      'little-different': ['곤란한 경우… 여러 단계의 특징에 선형 분류기를 시도', '위쪽 특징은 원래 과제에 특화되어 있고 다시 학습할 데이터가 부족합니다. 아래쪽 층이 더 일반적입니다. 실험실을 앞 단계인 conv2의 특징을 읽는 "마지막 층만"으로 설정합니다(이 숫자들에서는 conv3보다 못합니다. 본문 설명을 보세요).'],
      'much-different': ['더 많은 층을 미세 조정', '특징이 많이 바뀌어야 하고, 바꿀 만큼 데이터가 있습니다. 그래도 사전 학습된 가중치가 더 나은 출발점입니다. 실험실을 전체 미세 조정으로 설정합니다.'],
    },
    hint: '이 실험실(글자·기호·옷 → 숫자)은 어느 정도 다른 데이터셋이고, N = 1이나 10은 아주 적은 데이터입니다.',
  },
} as const;

/** The clickable 2x2 strategy table. */
export default function StrategyTable({ id, lang, initial, labId = 'transferLab' }: Props) {
  const w = words[lang];
  const state = useWidgetState(id, strategyTableParams, initial);
  const selected = String(state.values.cell) as StrategyCell;
  const choose = (cell: StrategyCell) => {
    state.set('cell', cell);
    const lab = peekStore(labId) ?? getStore(labId, transferLabParams);
    lab.setMany(CELL_STRATEGY[cell]);
  };
  const cell = (name: StrategyCell) => {
    const [advice, why] = w.cells[name];
    return (
      <td>
        <button type="button" class="strategy-cell" aria-pressed={selected === name} data-cell={name} onClick={() => choose(name)}>
          <strong>{advice}</strong>
          <span>{why}</span>
        </button>
      </td>
    );
  };
  return (
    <WidgetFrame id={id} title={w.title} lang={lang} ignored={state.ignored} onReset={state.reset} shareUrl={state.shareUrl}>
      <table class="strategy-table">
        <thead>
          <tr>
            <td />
            <th scope="col">{w.similar}</th>
            <th scope="col">{w.different}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{w.little}</th>
            {cell('little-similar')}
            {cell('little-different')}
          </tr>
          <tr>
            <th scope="row">{w.much}</th>
            {cell('much-similar')}
            {cell('much-different')}
          </tr>
        </tbody>
      </table>
      <p class="widget-caption">{w.hint}</p>
    </WidgetFrame>
  );
}
