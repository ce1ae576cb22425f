// Type-only imports: each area's English words stay in the code that says them.
import type { CHART } from './en/chart';
import type { PAGE } from './en/page';
import type { EDITOR } from './en/editor';
import type { REPORT } from './en/report';
import type { SHARE } from './en/share';
import type { CLAIMS } from './en/claims';
import type { DATA } from './en/data';
import type { DRIVERS } from './en/drivers';
import type { EMBED } from './en/embed';
import type { CHART_CLAIMS } from './en/chartClaims';
import type { REFERENCE_TOGGLES } from './en/referenceToggles';
import type { START_FAILURE } from './en/startFailure';
import type { CHANGES } from './en/changes';
import type { SCOPE_SENTENCES } from './en/scopeSentences';
import type { SHARE_CHART } from './en/shareChart';
import type { NOTICE } from './en/notice';

/** Every area's words: the shape each edition's translations take (`src/i18n/zh-Hans/translations.ts`). */
export interface Translations {
  chart: typeof CHART;
  page: typeof PAGE;
  editor: typeof EDITOR;
  report: typeof REPORT;
  share: typeof SHARE;
  claims: typeof CLAIMS;
  data: typeof DATA;
  drivers: typeof DRIVERS;
  embed: typeof EMBED;
  chartClaims: typeof CHART_CLAIMS;
  referenceToggles: typeof REFERENCE_TOGGLES;
  startFailure: typeof START_FAILURE;
  changes: typeof CHANGES;
  scopeSentences: typeof SCOPE_SENTENCES;
  shareChart: typeof SHARE_CHART;
  notice: typeof NOTICE;
}
