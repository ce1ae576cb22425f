/**
 * Rasterises an SVG document to PNG in the browser (the one export step that needs a DOM). The SVG
 * is loaded into an `Image` from a same-origin blob: URL, so no request leaves the page, the
 * canvas stays untainted and the page's CSP (`img-src blob:`) allows it; it is drawn on a white
 * canvas at `scale` times its size, for sharp text on high-density screens.
 *
 * @param svg a standalone SVG document (`chartFileDocument`); it must load nothing from outside
 * @param widthPx the document's width, px
 * @param heightPx the document's height, px
 * @param scale device pixels per px in the PNG
 * @returns a PNG of `widthPx × scale` by `heightPx × scale` pixels
 */
export async function svgToPngBlob(svg: string, widthPx: number, heightPx: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(widthPx * scale);
    canvas.height = Math.round(heightPx * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas made no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
