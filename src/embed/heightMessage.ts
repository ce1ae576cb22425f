import { escapeHtml } from '../format/escapeHtml';

/**
 * The embed's height protocol. The chart page inside an iframe posts
 * `{ type: 'sanction-scope:height', height }` (CSS pixels) to its parent whenever its height
 * changes. A host listens for it and sets the iframe's height, after checking that the message
 * came from that iframe (`event.source`) and from the iframe's origin (`event.origin`). The height
 * is not secret, so it is posted to any parent; hosts must do the checking.
 */
export const HEIGHT_MESSAGE_TYPE = 'sanction-scope:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  /** Height of the embed's document, CSS pixels. */
  height: number;
}

/** Whether a posted message is a well-formed height message (hosts get untrusted messages). */
export function isHeightMessage(data: unknown): data is HeightMessage {
  const message = data as Partial<HeightMessage> | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    message.type === HEIGHT_MESSAGE_TYPE &&
    typeof message.height === 'number' &&
    Number.isFinite(message.height) &&
    message.height > 0 &&
    message.height < 20_000
  );
}

/**
 * The one-line script a host page pastes once, after its iframes: it resizes every Sanction Scope
 * iframe (marked `data-sanction-scope`) when that iframe reports its height.
 */
export function hostResizeScript(): string {
  return (
    '<script>addEventListener("message",function(e){var d=e.data;' +
    `if(!d||d.type!=="${HEIGHT_MESSAGE_TYPE}"||typeof d.height!=="number"||!(d.height>0&&d.height<20000))return;` +
    'var f=document.querySelectorAll("iframe[data-sanction-scope]");for(var i=0;i<f.length;i++){' +
    'if(e.source===f[i].contentWindow&&e.origin===new URL(f[i].src,location.href).origin){' +
    'f[i].style.height=Math.ceil(d.height)+"px"}}})</script>'
  );
}

/** The iframe snippet for an embed URL. */
export function iframeSnippet(src: string, title: string, heightPx: number): string {
  return (
    `<iframe data-sanction-scope src="${escapeHtml(src)}" title="${escapeHtml(title)}" loading="lazy" ` +
    `style="width:100%;min-width:300px;height:${Math.round(heightPx)}px;border:0"></iframe>`
  );
}
