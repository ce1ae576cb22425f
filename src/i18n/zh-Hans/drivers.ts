import { formatCount } from '../../format/formatCount';
import type { Translations } from '../translations';

/** The words of the charts of what drives a scope's range in Simplified Chinese. */
export const drivers: Translations['drivers'] = {
  histogram: {
    bin: (range, count) => `${range}：${formatCount(count)}次抽样`,
    allIn: (value, count) => `${value}：全部${formatCount(count)}次抽样`,
    everyDraw: (value) => `每次抽样：${value}`,
    median: (value) => `中位数 ${value}`,
    band: (range) => [`90%的抽样：${range}`, `90%：${range}`],
    axis: (binWidth) => (binWidth ? `波及人数，每组宽${binWidth}` : '波及人数'),
    heights: (count) => `柱高：每组的抽样次数（共${formatCount(count)}次）`,
    noDraws: '没有可显示的抽样。',
    allSame: (count, value) => `全部${formatCount(count)}次抽样的波及人数相同：${value}。`,
    spread: (count, low, high) => `波及人数${formatCount(count)}次抽样的直方图，从${low}到${high}。`,
    medianBand: (median, low, high) => `中位数${median}；90%的抽样落在${low}到${high}之间（阴影带）。`,
  },
  tornado: {
    low: '该输入取低值',
    high: '该输入取高值',
    base: '所有输入取最可能值',
    baseLabel: (words, letters) => [`所有输入取最可能值：${words}`, `最可能值：${words}`, `最可能值：${letters}`],
    axis: (log) => {
      const scale = log ? '，对数刻度' : '';
      return [`波及人数${scale}（一个输入取低值或高值，其余取最可能值）`, `波及人数${scale}`];
    },
    noEffect: (inputs) => `对该范围没有影响（增减都不到一人）：${inputs}。`,
    reachAt: (reach, value) => `取${value}时${reach}`,
    summary: (input, low, high, base) => `${input}：${low}，${high}（${base}）`,
    exact: '该范围的每个输入都是确切值：没有可变动的。',
    onlyStill: (input, reach) => `唯一不确定的输入“${input}”不改变该范围的波及人数（${reach}人）。`,
    noneMove: (count, reach) => `${formatCount(count)}个不确定的输入都不改变该范围的波及人数（${reach}人）。`,
    baseSentence: (reach) => `所有输入取最可能值时，该范围波及${reach}人。`,
    fromTo: (input, from, to) => `${input}，从${from}到${to}`,
    largest: (phrase) => `每次只变动一个输入，影响最大的是${phrase}。`,
    next: (phrases) => `其次：${phrases}。`,
    more: (count) => `另有${formatCount(count)}个输入影响较小。`,
    still: (count) => `${formatCount(count)}个输入不改变它。`,
  },
};
