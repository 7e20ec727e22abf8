/**
 * @module wall/tablet/qr
 * A QR code as a matrix of dark modules, by `qrcode-generator` (no dependencies, runs in the
 * browser): the smallest version that holds the text, error correction level M (15 % of the code
 * may be lost — glare on a wall). Row by row, `true` for dark.
 */
import qrcode from 'qrcode-generator';

export function qrMatrix(text: string): boolean[][] {
  const q = qrcode(0, 'M');
  q.addData(text);
  q.make();
  const n = q.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => q.isDark(r, c)));
}
