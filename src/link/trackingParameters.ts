/**
 * Parameters that sites and newsletters add to every outbound link (Facebook's `fbclid`, Google's
 * `gclid` and `utm_*`, Mailchimp's `mc_cid`/`mc_eid`, …). They say nothing about the scenario, so a
 * link carrying them is read as if they were not there, with no notice. None of them can be a
 * share link's own key (those are listed in `encodeLink`).
 */
const TRACKING_KEYS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'ref_src',
  'ref_url',
  's_cid',
  'si',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'rb_clickid',
]);

/** Whether a query key is a well-known tracking parameter (`utm_source`, `fbclid`, …). */
export function isTrackingParameter(key: string): boolean {
  const lower = key.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_KEYS.has(lower);
}
