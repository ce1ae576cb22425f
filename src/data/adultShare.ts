import type { Figure } from './figure';

/**
 * China's share of people aged 18 and over. Only the 2020 census gives the children's count, so
 * the same share is applied to every year; it drifts by well under a point a year as births fall.
 */
export const ADULT_SHARE_2020: Figure = {
  id: 'china-adult-share-2020',
  label: "Share of China's population aged 18+",
  value: 0.789,
  unit: 'share',
  asOf: '2020-11-01',
  status: 'derived',
};
