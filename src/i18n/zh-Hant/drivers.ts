// Made by `npm run i18n:hant` from ../zh-Hans/drivers.ts: edit that file, not this one.
import { formatCount } from '../../format/formatCount';
import type { Translations } from '../translations';

/** The words of the charts of what drives a scope's range in Traditional Chinese. */
export const drivers: Translations['drivers'] = {
  histogram: {
    bin: (range, count) => `${range}：${formatCount(count)}次抽樣`,
    allIn: (value, count) => `${value}：全部${formatCount(count)}次抽樣`,
    everyDraw: (value) => `每次抽樣：${value}`,
    median: (value) => `中位數 ${value}`,
    band: (range) => [`90%的抽樣：${range}`, `90%：${range}`],
    axis: (binWidth) => (binWidth ? `波及人數，每組寬${binWidth}` : '波及人數'),
    heights: (count) => `柱高：每組的抽樣次數（共${formatCount(count)}次）`,
    noDraws: '沒有可顯示的抽樣。',
    allSame: (count, value) => `全部${formatCount(count)}次抽樣的波及人數相同：${value}。`,
    spread: (count, low, high) => `波及人數${formatCount(count)}次抽樣的直方圖，從${low}到${high}。`,
    medianBand: (median, low, high) => `中位數${median}；90%的抽樣落在${low}到${high}之間（陰影帶）。`,
  },
  tornado: {
    low: '該輸入取低值',
    high: '該輸入取高值',
    base: '所有輸入取最可能值',
    baseLabel: (words, letters) => [`所有輸入取最可能值：${words}`, `最可能值：${words}`, `最可能值：${letters}`],
    axis: (log) => {
      const scale = log ? '，對數刻度' : '';
      return [`波及人數${scale}（一個輸入取低值或高值，其餘取最可能值）`, `波及人數${scale}`];
    },
    noEffect: (inputs) => `對該範圍沒有影響（增減都不到一人）：${inputs}。`,
    reachAt: (reach, value) => `取${value}時${reach}`,
    summary: (input, low, high, base) => `${input}：${low}，${high}（${base}）`,
    exact: '該範圍的每個輸入都是確切值：沒有可變動的。',
    onlyStill: (input, reach) => `唯一不確定的輸入“${input}”不改變該範圍的波及人數（${reach}人）。`,
    noneMove: (count, reach) => `${formatCount(count)}個不確定的輸入都不改變該範圍的波及人數（${reach}人）。`,
    baseSentence: (reach) => `所有輸入取最可能值時，該範圍波及${reach}人。`,
    fromTo: (input, from, to) => `${input}，從${from}到${to}`,
    largest: (phrase) => `每次只變動一個輸入，影響最大的是${phrase}。`,
    next: (phrases) => `其次：${phrases}。`,
    more: (count) => `另有${formatCount(count)}個輸入影響較小。`,
    still: (count) => `${formatCount(count)}個輸入不改變它。`,
  },
};
