/**
 * @module portal/html
 * Escaping HTML templates for the server-rendered portal: every interpolated value is escaped
 * unless it is itself the result of `html` (already safe). Pure.
 */

/** Markup known to be safe: produced by `html` from escaped parts. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content and (quoted) attribute values. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

export type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[];

const render = (v: Interpolation): string => {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
};

/** `html\`<p>${text}</p>\`` — strings and numbers are escaped, nested `html` and arrays of it are kept. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Markup written by this module's authors (styles), never data. */
export const trusted = (markup: string): SafeHtml => new SafeHtml(markup);
