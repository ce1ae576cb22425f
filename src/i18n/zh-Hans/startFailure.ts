import type { Translations } from '../translations';

/** The words of a page that could not start, in Simplified Chinese. */
export const startFailure: Translations['startFailure'] = {
  names: { app: 'Sanction Scope', chart: '此图表' },
  failed: (pageName) => `${pageName} 无法加载。`,
  advice: '页面的部分内容下载失败。请检查网络连接后重试：地址中的情景会保留。',
  details: (detail) => `详情：${detail}`,
  retry: '重试',
};
