// Made by `npm run i18n:hant` from ../zh-Hans/translations.ts: edit that file, not this one.
import { chart } from './chart';
import { page } from './page';
import { editor } from './editor';
import { report } from './report';
import { share } from './share';
import { claims } from './claims';
import { data } from './data';
import { drivers } from './drivers';
import { embed } from './embed';
import { notice } from './notice';
import { shareChart } from './shareChart';
import { chartClaims } from './chartClaims';
import { referenceToggles } from './referenceToggles';
import { startFailure } from './startFailure';
import { changes } from './changes';
import { scopeSentences } from './scopeSentences';
import type { Translations } from '../translations';

/** The Traditional Chinese edition's words, downloaded only for `lang=zh-Hant` (`loadTranslations`). */
export const TRANSLATIONS: Translations = {
  chart,
  page,
  editor,
  report,
  share,
  claims,
  data,
  drivers,
  embed,
  notice,
  shareChart,
  chartClaims,
  referenceToggles,
  startFailure,
  changes,
  scopeSentences,
};
