import type { Figure } from './figure';
import { SOURCES } from './sources';

const xinhua19thCC = {
  title: 'Xinhua (mirror), 2017-10-24: the new Central Committee',
  url: 'http://m.hotsrq.com/english/2017-10/24/c_136702363.htm',
};
const cgtn19thCC = { title: 'CGTN, 2017-10-24', url: 'https://news.cgtn.com/news/3041544d32597a6333566d54/index.html' };
const straitsTimes20thCC = {
  title: 'Straits Times, 2022-10-22: Li Xi set to be anti-corruption czar',
  url: 'https://www.straitstimes.com/asia/east-asia/guangdong-chief-li-xi-set-to-be-china-s-new-anti-corruption-czar',
};

/** Sizes of the Party's leadership bodies as elected; later expulsions and deaths are not subtracted. */
export const LEADERSHIP_BODIES: readonly Figure[] = [
  {
    id: 'cc19-full',
    label: '19th Central Committee, full members',
    value: 204,
    unit: 'people',
    asOf: '2017-10-24',
    status: 'official',
    source: xinhua19thCC,
    alsoSee: [cgtn19thCC],
    note: '"the new CPC Central Committee includes 204 members and 172 alternate members". ORCA\'s "205 + 171" for the 19th CC copies the 20th CC\'s figures.',
  },
  {
    id: 'cc19-alternate',
    label: '19th Central Committee, alternate members',
    value: 172,
    unit: 'people',
    asOf: '2017-10-24',
    status: 'official',
    source: xinhua19thCC,
    alsoSee: [cgtn19thCC],
    note: 'See the full-member entry.',
  },
  {
    id: 'politburo19',
    label: '19th Politburo',
    value: 25,
    unit: 'people',
    asOf: '2017-10-25',
    status: 'official',
    source: { title: 'ORCA, 19th Central Committee, part 1', url: 'https://orcasia.org/public/pages/19cc/part1' },
    note: '"the 25-member Politburo".',
  },
  {
    id: 'ccdi19',
    label: '19th Central Commission for Discipline Inspection',
    value: 133,
    unit: 'people',
    asOf: '2017-10-24',
    status: 'official',
    source: cgtn19thCC,
    note: '"133 members of the CPC Central Commission for Discipline Inspection".',
  },
  {
    id: 'cc20-full',
    label: '20th Central Committee, full members',
    value: 205,
    unit: 'people',
    asOf: '2022-10-22',
    status: 'official',
    source: SOURCES.orca20thCC,
    alsoSee: [straitsTimes20thCC],
    note: '"376 members – 205 full and 171 alternate – were elected … from 2296 delegates". 203 full and 168 alternate members attended the first plenum.',
  },
  {
    id: 'cc20-alternate',
    label: '20th Central Committee, alternate members',
    value: 171,
    unit: 'people',
    asOf: '2022-10-22',
    status: 'official',
    source: SOURCES.orca20thCC,
    alsoSee: [straitsTimes20thCC],
    note: 'See the full-member entry.',
  },
  {
    id: 'politburo20',
    label: '20th Politburo',
    value: 24,
    unit: 'people',
    asOf: '2022-10-23',
    status: 'official',
    source: SOURCES.orca20thCC,
    alsoSee: [
      {
        title: 'Wikiwand: 20th Central Committee',
        url: 'https://www.wikiwand.com/en/20th_Central_Committee_of_the_Chinese_Communist_Party',
      },
    ],
    note: '"24 members were appointed in the Politburo … seven out of these 24 … Standing Committee".',
  },
  {
    id: 'psc20',
    label: '20th Politburo Standing Committee',
    value: 7,
    unit: 'people',
    asOf: '2022-10-23',
    status: 'official',
    source: SOURCES.orca20thCC,
    note: 'Seven of the 24 Politburo members.',
  },
  {
    id: 'ccdi20',
    label: '20th Central Commission for Discipline Inspection',
    value: 133,
    unit: 'people',
    asOf: '2022-10-22',
    status: 'official',
    source: straitsTimes20thCC,
    note: '"a list of 133 members of the Central Commission for Discipline Inspection (CCDI)".',
  },
];
