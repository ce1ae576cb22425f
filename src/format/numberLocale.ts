/**
 * The languages counts are written in. English is the page as it has always been ("204 million");
 * the Chinese edition of issue 15 (`lang=zh-Hans` or `lang=zh-Hant` in the link) writes counts in
 * 万 and 亿, in Simplified or Traditional characters (万/亿 or 萬/億). The tags are the script
 * subtags the link carries, not Intl locales: which region's conventions they follow is each
 * formatter's business (both Chinese scripts here follow Intl's zh-CN and zh-TW, which agree on
 * everything but the characters; zh-HK would write "204M").
 */
export type NumberLocale = 'en' | 'zh-Hans' | 'zh-Hant';
