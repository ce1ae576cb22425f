import type { Figure } from './figure';

/**
 * Sizes of the Party's leadership bodies as elected, and the 20th Central Committee and Politburo
 * as they stood after the Fourth Plenum (October 2025), derived from its communiqué.
 */
export const LEADERSHIP_BODIES: readonly Figure[] = [
  {
    id: 'cc19-full',
    label: '19th Central Committee, full members',
    value: 204,
    unit: 'people',
    asOf: '2017-10-24',
    status: 'official',
  },
  {
    id: 'cc19-alternate',
    label: '19th Central Committee, alternate members',
    value: 172,
    unit: 'people',
    asOf: '2017-10-24',
    status: 'official',
  },
  {
    id: 'politburo19',
    label: '19th Politburo',
    value: 25,
    unit: 'people',
    asOf: '2017-10-25',
    status: 'official',
  },
  {
    id: 'ccdi19',
    label: '19th Central Commission for Discipline Inspection',
    value: 133,
    unit: 'people',
    asOf: '2017-10-24',
    status: 'official',
  },
  {
    id: 'cc20-full',
    label: '20th Central Committee, full members',
    value: 205,
    unit: 'people',
    asOf: '2022-10-22',
    status: 'official',
  },
  {
    id: 'cc20-alternate',
    label: '20th Central Committee, alternate members',
    value: 171,
    unit: 'people',
    asOf: '2022-10-22',
    status: 'official',
  },
  {
    id: 'politburo20',
    label: '20th Politburo',
    value: 24,
    unit: 'people',
    asOf: '2022-10-23',
    status: 'official',
  },
  {
    id: 'psc20',
    label: '20th Politburo Standing Committee',
    value: 7,
    unit: 'people',
    asOf: '2022-10-23',
    status: 'official',
  },
  {
    id: 'ccdi20',
    label: '20th Central Commission for Discipline Inspection',
    value: 133,
    unit: 'people',
    asOf: '2022-10-22',
    status: 'official',
  },
  {
    id: 'cc20-full-2025',
    label: '20th Central Committee, full members, after the Fourth Plenum',
    value: 205,
    unit: 'people',
    asOf: '2025-10-23',
    status: 'derived',
  },
  {
    id: 'cc20-alternate-2025',
    label: '20th Central Committee, alternate members, after the Fourth Plenum',
    value: 152,
    unit: 'people',
    asOf: '2025-10-23',
    status: 'derived',
  },
  {
    id: 'politburo20-2025',
    label: '20th Politburo, after the Fourth Plenum',
    value: 23,
    unit: 'people',
    asOf: '2025-10-23',
    status: 'derived',
  },
];
