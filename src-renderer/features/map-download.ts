/**
 * Saving the map picture: the SVG text as a file, or that SVG drawn onto a canvas and
 * saved as PNG. Downloads go through an `a[download]` link to a blob: URL (Electron shows
 * its save dialog, a browser saves). The SVG is only ever loaded as an image, never
 * inserted into the page.
 */

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function svgBlob(svg: string): Blob {
  return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
}

function svgSize(svg: string): { width: number; height: number } {
  const m = /<svg[^>]*\swidth="(\d+)"[^>]*\sheight="(\d+)"/.exec(svg);
  return { width: Number(m?.[1] ?? 1200), height: Number(m?.[2] ?? 800) };
}

/** Draw the SVG onto a canvas (scale 2 for sharp text) and encode it as PNG. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  // Keep the canvas within what browsers allow (about 16k pixels a side, 268M pixels).
  const s = Math.max(0.1, Math.min(scale, 16_000 / width, 16_000 / height, Math.sqrt(200_000_000 / (width * height))));
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const img = new Image();
    img.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The map picture could not be drawn.'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * s);
    canvas.height = Math.round(height * s);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No canvas available to draw the map.');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
