/** Number and text formatting shared by the Markdown and HTML reports. */
import { count as grouped } from '../format.js';

export { grouped };

/** Bytes as "49,400 B (48.2 KiB)" (the KiB part from 1 KiB on). */
export function bytesText(n: number): string {
  return n >= 1024 ? `${grouped(n)} B (${(n / 1024).toFixed(1)} KiB)` : `${grouped(n)} B`;
}

/** Instructions as "19.15 M" (three significant digits at least). */
export function millions(n: number): string {
  const m = n / 1e6;
  return `${m >= 100 ? m.toFixed(1) : m >= 10 ? m.toFixed(2) : m.toFixed(3)} M`;
}

/** Milliseconds: "47.9", "2.42", "0.242". */
export function msText(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A Markdown table cell: pipes and line breaks escaped. */
export function mdCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
